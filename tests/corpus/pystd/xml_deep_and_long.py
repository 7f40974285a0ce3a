# Deeply nested documents (parsing and Element.iter/itertext/iteration need no recursion),
# and error positions far into long inputs fed in many chunks.
import xml.etree.ElementTree as ET

DEPTH = 3000
doc = "".join("<e%d>t%d" % (i % 3, i) for i in range(DEPTH)) + "".join(
    "</e%d>u%d" % (i % 3, i) for i in reversed(range(DEPTH)))
root = ET.fromstring(doc.rsplit("u0", 1)[0])
print(sum(1 for _ in root.iter()), sum(1 for _ in root.iter("e1")), len(list(root.iter("*"))))
texts = list(root.itertext())
print(len(texts), texts[:3], texts[-3:])
elem, depth = root, 0
while len(elem):
    elem = list(elem)[0]
    depth += 1
print(depth, elem.tag, elem.text, [c.tag for c in root])

# Built by hand, with the tails of the deepest elements.
top = ET.Element("top")
node = top
for i in range(2500):
    node = ET.SubElement(node, "n", i=str(i))
    node.tail = str(i % 10)
print(sum(1 for _ in top.iter("n")), "".join(top.itertext())[:30], len("".join(top.itertext())))

# A long document fed line by line with an error near its end.
lines = ["<log>"] + ['  <entry n="%d">message %d &amp; more</entry>' % (i, i) for i in range(1500)]
lines.append('  <entry n="x">broken &nope; here</entry>')
lines.append("</log>")
text = "\n".join(lines)
for chunk_size in (5, 61, 4096, 100000):
    parser = ET.XMLParser()
    try:
        for i in range(0, len(text), chunk_size):
            parser.feed(text[i:i + chunk_size])
        parser.close()
    except ET.ParseError as e:
        print(chunk_size, e, e.position)

# The XML declaration must come first, however far the parser has read.
parser = ET.XMLParser()
parser.feed("<a>" + "x" * 10000)
try:
    parser.feed('<?xml version="1.0"?></a>')
except ET.ParseError as e:
    print(e, e.position)

# Unclosed at the end of a long input.
parser = ET.XMLParser()
try:
    for i in range(3000):
        parser.feed("<b>\n")
    parser.feed("<c att")
    parser.close()
except ET.ParseError as e:
    print(e, e.position)
