# xml.etree.ElementTree as programs use it: parse, navigate, search, edit, serialize.
import xml.etree.ElementTree as ET
from xml.etree import ElementTree
import io

DOC = """<?xml version="1.0" encoding="utf-8"?>
<!-- library catalogue -->
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/" version="2">
  <book id="bk101" lang="en">
    <dc:title>XML Developer's Guide</dc:title>
    <author>Gambardella, Matthew</author>
    <price currency="USD">44.95</price>
    <tags><tag>xml</tag><tag>reference</tag></tags>
  </book>
  <book id="bk102" lang="fr">
    <dc:title>Midnight &amp; Rain</dc:title>
    <author>Ralls, Kim</author>
    <price currency="EUR">5.95</price>
    <tags><tag>fantasy</tag></tags>
  </book>
  <book id="bk103">
    <dc:title><![CDATA[Maeve <Ascendant>]]></dc:title>
    <author>Corets, Eva</author>
    <price currency="USD">5.95</price>
  </book>
  <magazine id="mg1"><title>Monthly &#x263A; &#169;</title></magazine>
</catalog>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
print(ElementTree is ET, ET.iselement(root))
DC = "{http://purl.org/dc/elements/1.1/}"
for book in root.findall("book"):
    title = book.find(DC + "title").text
    price = float(book.findtext("price"))
    print(book.get("id"), book.get("lang", "??"), repr(title), price, book.find("price").attrib)
print([t.text for t in root.iter("tag")])
print([e.tag for e in root.iter()][:8])
print(root.findtext("book/author"), root.findtext("nothing", default="-"))
print(repr(root.find("magazine/title").text))

ns = {"dc": "http://purl.org/dc/elements/1.1/"}
print([e.text for e in root.findall("book/dc:title", ns)])
print([b.get("id") for b in root.findall(".//book[@lang]")])
print([b.get("id") for b in root.findall(".//book[@lang='fr']")])
print([b.get("id") for b in root.findall("book[price='5.95']")])
print([b.get("id") for b in root.findall("book[2]")], [b.get("id") for b in root.findall("book[last()]")])
print([e.tag for e in root.findall("./book/tags/..")])
print([p.text for p in root.findall(".//price[@currency='USD']")])
print([e.tag for e in root.findall("*")])
print([t.text for t in root.iterfind(".//tags/tag")])
print(["".join(b.itertext()).split() for b in root.findall("book")][:1])

# Editing.
new = ET.SubElement(root, "book", id="bk104", lang="de")
ET.SubElement(new, "author").text = "Knorr, Stefan"
p = ET.SubElement(new, "price", {"currency": "EUR"})
p.text = "4.95"
new.set("lang", "en")
first = root[0]
root.remove(root.find("magazine"))
first.attrib.pop("lang")
root.insert(0, ET.Comment(" inserted "))
print(len(root), [c.tag if isinstance(c.tag, str) else "comment" for c in root])
print(sorted(new.keys()), new.items())
for price in root.iter("price"):
    price.text = "%.2f" % (float(price.text) * 1.1)
print([p.text for p in root.iter("price")])

# Serialization.
small = ET.Element("root", {"b": "2", "a": "1 & <2>"})
child = ET.SubElement(small, "child")
child.text = 'text "quoted" & <tagged>'
child.tail = "\n"
ET.SubElement(small, "empty")
print(ET.tostring(small))
print(ET.tostring(small, encoding="unicode"))
print(ET.tostring(small, encoding="unicode", method="html"))
print(ET.tostring(small, encoding="unicode", method="text"))
print(ET.tostring(small, encoding="unicode", short_empty_elements=False))
print(ET.tostring(small, xml_declaration=True, encoding="utf-8").decode())

tree = ET.ElementTree(ET.fromstring("<a><b><c>1</c></b><b><c>2</c></b></a>"))
ET.indent(tree)
buf = io.StringIO()
tree.write(buf, encoding="unicode")
print(buf.getvalue())
bbuf = io.BytesIO()
tree.write(bbuf, xml_declaration=True)
print(bbuf.getvalue())

# Namespaces on output.
ET.register_namespace("dc", "http://purl.org/dc/elements/1.1/")
e = ET.Element(DC + "creator")
e.text = "Ann"
print(ET.tostring(e, encoding="unicode"))
e2 = ET.Element("{urn:x}item")
ET.SubElement(e2, "{urn:x}part").text = "p"
print(ET.tostring(e2, encoding="unicode"))
print(ET.tostring(e2, encoding="unicode", default_namespace="urn:x"))
q = ET.QName("urn:x", "tag")
print(q, q.text, repr(q), ET.Element(q).tag, q == "{urn:x}tag")

# Parse from file-like objects, iterparse, pull parser, TreeBuilder.
t = ET.parse(io.StringIO(DOC))
print(t.getroot().tag, len(t.findall(".//book")))
events = []
for event, elem in ET.iterparse(io.BytesIO(DOC.encode()), events=("start", "end", "start-ns")):
    if event == "start-ns":
        events.append(("ns",) + elem)
    elif elem.tag in ("book", "catalog"):
        events.append((event, elem.tag, elem.get("id")))
print(events)
pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<r><x a='1'>hi")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("</x><y/></r>")
pp.close()
print([(ev, el.tag, el.text) for ev, el in pp.read_events()])
tb = ET.TreeBuilder()
tb.start("root", {"k": "v"})
tb.data("hello")
tb.end("root")
print(ET.tostring(tb.close(), encoding="unicode"))

class Counter:
    def __init__(self):
        self.depth = self.max = 0
        self.tags = {}
    def start(self, tag, attrib):
        self.depth += 1
        self.max = max(self.max, self.depth)
        self.tags[tag] = self.tags.get(tag, 0) + 1
    def end(self, tag):
        self.depth -= 1
    def data(self, data):
        pass
    def close(self):
        return self.max, sorted(self.tags.items())
parser = ET.XMLParser(target=Counter())
parser.feed(DOC)
print(parser.close())

root2, ids = ET.XMLID('<a><b id="x1"/><c id="x2">t</c></a>')
print(sorted(ids), ids["x2"].text)
print(ET.fromstringlist(["<a>", "<b>1</b>", "</a>"])[0].text)

# Errors.
for bad in ["<a><b></a>", "<a>", "", "<a x='1' x='2'/>", "<a>&bogus;</a>", "<a/><b/>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError:", err, err.code, err.position)
try:
    ET.SubElement(root, 5)
except TypeError as err:
    print("TypeError", err)
el = ET.Element("x")
print(len(el), bool(len(el)), el.text, el.tail, list(el), el.find("y"))
el.extend([ET.Element("a"), ET.Element("b")])
print([c.tag for c in el], el[-1].tag, [c.tag for c in el[0:1]])
del el[0]
print([c.tag for c in el])
el.clear()
print(el.attrib, list(el))
print(repr(ET.Element("tag"))[:13])
