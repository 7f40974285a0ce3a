"""The path language of Element.find/findall/iterfind/findtext: a subset of XPath 1.0
(child and descendant steps, `.`, `..`, `*`, namespaces and predicates on attributes,
children, text and position)."""

import re

__all__ = ["find", "findall", "findtext", "iterfind"]

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _tokens(path, namespaces):
    """(operator, name) pairs; prefixed names are expanded to {uri}local."""
    default = namespaces.get("") if namespaces else None
    parsing_attribute = False
    for m in _TOKEN.finditer(path):
        op, name = m.group(1), m.group(2)
        if op is None and name is None:
            continue
        op = op or ""
        if name and name[0] != "{":
            if ":" in name:
                prefix, local = name.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, "{%s}%s" % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default and not parsing_attribute:
                yield op, "{%s}%s" % (default, name)
            else:
                yield op, name
            parsing_attribute = False
        else:
            yield op, name
            parsing_attribute = op == "@"


def _tag_matcher(tag):
    """A predicate on element tags for a step's name, with {*} and * wildcards."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local
        return lambda t: t == local or (isinstance(t, str) and t[:1] == "{" and t.endswith(suffix))
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns) and t.find("}") == len(ns) - 1
    if tag[:2] == "{}":
        tag = tag[2:]
    return lambda t: t == tag


class _Context:
    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_map(self):
        if self._parents is None:
            self._parents = {}
            for p in self.root.iter():
                for child in p:
                    self._parents[child] = p
        return self._parents


def _child_step(tag):
    if tag == "*":
        def select(ctx, elems):
            for elem in elems:
                yield from elem
        return select
    if "{" in tag and ("*" in tag):
        matches = _tag_matcher(tag)

        def select(ctx, elems):
            for elem in elems:
                for e in elem:
                    if matches(e.tag):
                        yield e
        return select
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(ctx, elems):
        for elem in elems:
            for e in elem:
                if e.tag == tag:
                    yield e
    return select


def _descendant_step(tag):
    if "{" in tag and "*" in tag and tag != "*":
        matches = _tag_matcher(tag)

        def select(ctx, elems):
            for elem in elems:
                for e in elem.iter():
                    if e is not elem and matches(e.tag):
                        yield e
        return select
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(ctx, elems):
        for elem in elems:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


def _self_step(ctx, elems):
    yield from elems


def _parent_step(ctx, elems):
    parents = ctx.parent_map()
    seen = set()
    for elem in elems:
        parent = parents.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _text(elem):
    return "".join(elem.itertext())


_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if path[-1:] == "/":
        path += "*"
    tokens = _Tokens(_tokens(path, namespaces))
    steps = []
    token = tokens.next()
    while True:
        op, name = token
        if op == "/" and not steps:
            raise SyntaxError("cannot use absolute path on element")
        if op == "":
            steps.append(_child_step(name))
        elif op == "*":
            steps.append(_child_step("*"))
        elif op == ".":
            steps.append(_self_step)
        elif op == "..":
            steps.append(_parent_step)
        elif op == "//":
            op2, name2 = tokens.next()
            if op2 == "*":
                name2 = "*"
            elif op2 != "":
                raise SyntaxError("invalid descendant")
            steps.append(_descendant_step(name2))
        elif op == "[":
            steps.append(_predicate_from(tokens))
        else:
            raise SyntaxError("invalid path")
        token = tokens.next(None)
        if token is None:
            break
        if token[0] == "/":
            token = tokens.next(None)
            if token is None:
                raise SyntaxError("invalid path")
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = steps
    return steps


class _Tokens:
    def __init__(self, it):
        self._it = it

    def next(self, *default):
        for token in self._it:
            return token
        if default:
            return default[0]
        raise SyntaxError("invalid path")

    def __iter__(self):
        return self._it


def _predicate_from(tokens):
    """Reads one predicate's tokens up to ']' into a signature, then builds its filter."""
    signature = []
    values = []
    while True:
        op, name = tokens.next()
        if op == "]":
            break
        if op and op[0] in "'\"":
            values.append(op[1:-1])
            signature.append("'")
            continue
        signature.append(op or "-")
        if name:
            values.append(name)
    return _build_predicate("".join(signature), values)


def _build_predicate(sig, values):
    if sig == "@-":
        key = values[0]
        return lambda ctx, elems: (e for e in elems if e.get(key) is not None)
    if sig in ("@-='", "@-!='"):
        key, value = values[0], values[1]
        if sig == "@-='":
            return lambda ctx, elems: (e for e in elems if e.get(key) == value)
        return lambda ctx, elems: (e for e in elems
                                   if e.get(key) is not None and e.get(key) != value)
    if sig == "-" and not re.match(r"\-?\d+$", values[0]):
        tag = values[0]
        return lambda ctx, elems: (e for e in elems if e.find(tag) is not None)
    if sig in (".='", ".!='"):
        value = values[0]
        if sig == ".='":
            return lambda ctx, elems: (e for e in elems if _text(e) == value)
        return lambda ctx, elems: (e for e in elems if _text(e) != value)
    if sig in ("-='", "-!='") and not re.match(r"\-?\d+$", values[0]):
        tag, value = values[0], values[1]
        if sig == "-='":
            return lambda ctx, elems: (e for e in elems
                                       if any(_text(c) == value for c in e.findall(tag)))
        return lambda ctx, elems: (e for e in elems
                                   if any(_text(c) != value for c in e.findall(tag)))
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != "last":
                raise SyntaxError("unsupported function")
            index = -1
            if sig == "-()-":
                try:
                    index = int(values[1]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression") from None
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")

        def select(ctx, elems):
            parents = ctx.parent_map()
            for elem in elems:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = parent.findall(elem.tag)
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError("invalid predicate")


def iterfind(elem, path, namespaces=None):
    steps = _compile(path, namespaces)
    ctx = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
