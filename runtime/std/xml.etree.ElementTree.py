"""The ElementTree XML API: an element tree (Element, SubElement, ElementTree), a
serializer (tostring, ElementTree.write: xml, html and text methods, namespaces) and a
non-validating parser written in Python (fromstring, parse, iterparse, XMLParser,
XMLPullParser, TreeBuilder) that reports errors as expat does."""

import io
import re
import sys
import warnings

from xml.etree import ElementPath

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A syntax error in XML input; `code` is expat's error number and `position` the
    (line, column) where it was found."""


def iselement(element):
    return hasattr(element, "tag")


class Element:
    """An XML element: a tag, an attribute dict, text, tail text and child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % (type(attrib).__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will always return True in future versions.  "
            "Use specific 'len(elem)' or 'elem is None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _check_element(e)
        else:
            if not -len(self._children) <= index < len(self._children):
                raise IndexError("child assignment index out of range")
            _check_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        if not isinstance(subelement, Element):
            _check_argument("append() argument 1", subelement)
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for element in elements:
            _check_element(element)
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check_argument("insert() argument 2", subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_argument("remove() argument", subelement)
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def __iter__(self):
        return iter(self._children)

    def iter(self, tag=None):
        """This element and its descendants in document order, optionally only `tag`."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        # An iterator per open level instead of nested generators: each element costs the
        # same however deep it is.
        stack = [iter(self._children)]
        while stack:
            for child in stack[-1]:
                if tag is None or child.tag == tag:
                    yield child
                if child._children:
                    stack.append(iter(child._children))
                    break
            else:
                stack.pop()

    def itertext(self):
        # Comments' and processing instructions' text included, as CPython's C module does.
        if self.text:
            yield self.text
        # (children iterator, element whose tail follows them) per open level.
        stack = [(iter(self._children), None)]
        while stack:
            children, owner = stack[-1]
            for child in children:
                if child.text:
                    yield child.text
                if child._children:
                    stack.append((iter(child._children), child))
                    break
                if child.tail:
                    yield child.tail
            else:
                stack.pop()
                if owner is not None and owner.tail:
                    yield owner.tail


def _check_element(e):
    if not isinstance(e, Element):
        raise TypeError('expected an Element, not "%s"' % type(e).__name__)


def _check_argument(what, e):
    if not isinstance(e, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (what, type(e).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    _check_argument("SubElement() argument 1", parent)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name ({uri}local) usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: a root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _absolute(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._absolute(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        chunks = []
        write = chunks.append
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
            declared = "UTF-8" if encoding.lower() == "unicode" else encoding
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _SERIALIZERS[method](write, self._root, qnames, namespaces, short_empty_elements)
        text = "".join(chunks)
        if encoding.lower() == "unicode":
            data = text
        else:
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            mode = "w" if isinstance(data, str) else "wb"
            with open(file_or_filename, mode) as f:
                f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("C14N serialization is not supported by Edge Python")


# ---- serialization ----

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Use `prefix` for `uri` when serializing (instead of ns0, ns1, ...)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(root, default_namespace=None):
    """The serialized name of every tag and attribute name (prefix:local for {uri}local)
    and the namespace declarations the root element must carry."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        if not isinstance(qname, str):
            _raise_serialization_error(qname)
        if qname[:1] != "{":
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname
            return
        uri, local = qname[1:].rsplit("}", 1)
        prefix = namespaces.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = "ns%d" % len(namespaces)
            if prefix != "xml":
                namespaces[uri] = prefix
        qnames[qname] = "%s:%s" % (prefix, local) if prefix else local

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _escape_cdata(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


_ATTRIB_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                   ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escape_attrib(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    for raw, escaped in _ATTRIB_ESCAPES:
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def _escape_attrib_html(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    for raw, escaped in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def _start_tag_attributes(write, elem, qnames, namespaces, escape):
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        value = qnames[value.text] if isinstance(value, QName) else escape(value)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            _start_tag_attributes(write, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements=True):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
        else:
            write("<" + tag)
            _start_tag_attributes(write, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            lowered = tag.lower()
            if text:
                write(text if lowered in ("script", "style") else _escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
            if lowered not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html, "text": _serialize_text}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element serialized: a str for encoding='unicode', otherwise bytes."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Writes the element (or tree) to stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place with whitespace text and tails, for pretty output."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def indent_children(elem, depth):
        if depth + 1 == len(prefixes):
            prefixes.append(prefixes[depth] + space)
        inner = prefixes[depth + 1]
        if not elem.text or not elem.text.strip():
            elem.text = inner
        child = None
        for child in elem:
            if len(child):
                indent_children(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = prefixes[depth]

    indent_children(tree, 0)


# ---- parsing ----

from xml.etree._xmlscan import Scanner as _Scanner  # noqa: E402


class TreeBuilder:
    """Builds elements from parser events (start, data, end, comment, pi)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        if self._elem:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


def _tree_plan(target):
    """What the native tokenizer needs to build the elements of a stock TreeBuilder itself
    (see _xmltok): None for any other target, whose methods then get every event."""
    kind = type(target)
    if (kind is not TreeBuilder and kind is not _EventBuilder) or target._factory is not Element:
        return None
    # Comments and PIs that neither become elements nor reach a user's factory (or an
    # event) are skipped.
    skip_singles = (not target.insert_comments and not target.insert_pis
                    and target._comment_factory is Comment
                    and target._pi_factory is ProcessingInstruction)
    if kind is _EventBuilder:
        wanted = target._wanted
        skip_singles = skip_singles and "comment" not in wanted and "pi" not in wanted
        return (target, Element, target._sink, "start" in wanted, "end" in wanted, skip_singles)
    return (target, Element, None, False, False, skip_singles)


class XMLParser:
    """A non-validating XML parser feeding a target (a TreeBuilder unless given)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self.entity = {}
        self.version = "Edge Python XML parser 1.0"
        self._scanner = _Scanner(self, encoding)
        self._scanner.plan = _tree_plan(self.target)

    def feed(self, data):
        self._scanner.feed(data)

    def close(self):
        self._scanner.close()
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def flush(self):
        pass

    def _error(self, message, code, line, column):
        err = ParseError("%s: line %d, column %d" % (message, line, column))
        err.code = code
        err.position = (line, column)
        raise err


class XMLPullParser:
    """An incremental parser: feed() data, then read_events() yields what is complete."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._builder = _EventBuilder(self._events, events or ("end",))
        self._parser = _parser or XMLParser(target=self._builder)
        self._parser.target = self._builder
        self._parser._scanner.bind(self._builder)
        self._parser._scanner.plan = _tree_plan(self._builder)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


class _EventBuilder(TreeBuilder):
    """A TreeBuilder that also records the events an XMLPullParser was asked for."""

    def __init__(self, sink, events):
        # Comments and PIs are reported as elements but, as in CPython, not put in the tree.
        super().__init__()
        for name in events:
            if name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % name)
        self._sink = sink
        self._wanted = set(events)

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._wanted:
            self._sink.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._wanted:
            self._sink.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._wanted:
            self._sink.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._wanted:
            self._sink.append(("end-ns", None))

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._wanted:
            self._sink.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._wanted:
            self._sink.append(("pi", elem))
        return elem


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._gen = self._run()

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                if self._pull._parser is None:
                    break
                data = self._source.read(16 * 1024)
                if data:
                    self._pull.feed(data)
                else:
                    self.root = self._pull._close_and_return_root()
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """(event, element) pairs while parsing `source` (a file name or binary file); the
    iterator's `root` is the document element once it is exhausted."""
    return _IterParseIterator(source, events, parser)


def XML(text, parser=None):
    if not parser:
        parser = XMLParser()
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id_ = elem.get("id")
        if id_:
            ids[id_] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser()
    for text in sequence:
        parser.feed(text)
    return parser.close()


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree
