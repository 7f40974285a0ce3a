# Namespaces in documents parsed whole and in pieces: default and prefixed names on tags and
# attributes, redeclared and undeclared defaults, the xml prefix, unbound prefixes, duplicate
# attributes through two prefixes of one URI, start-ns/end-ns events, and documents longer
# than the tokenizer reads at once.
import io
import xml.etree.ElementTree as ET

DOCS = [
    '<r xmlns="urn:d"><a/><b x="1"><c/></b></r>',
    '<r xmlns:p="urn:p"><p:a p:k="1" k="2"/><a/></r>',
    '<r xmlns="urn:1"><a xmlns="urn:2"><b/></a><c/><d xmlns=""><e/></d><f/></r>',
    '<r xmlns:p="urn:p"><p:a><p:b xmlns:p="urn:q"><p:c/></p:b><p:d/></p:a></r>',
    '<r><a xml:lang="en">t</a></r>',
    '<r xmlns:p="urn:p"><a><q:b/></a></r>',
    '<r xmlns:p="urn:p"><a q:x="1"/></r>',
    '<r xmlns:p="urn:x" xmlns:q="urn:x"><a p:k="1" q:k="2"/></r>',
    '<r xmlns:p="urn:p"><p:a></a></p:a></r>',
    '<p:r xmlns:p="urn:p"></p:r><x/>',
    '<r xmlns:p="urn:p"><p:a:b/></r>',
]

for doc in DOCS:
    outcomes = set()
    for size in (len(doc), 1, 3, 7):
        parser = ET.XMLParser()
        try:
            for i in range(0, len(doc), size):
                parser.feed(doc[i:i + size])
            root = parser.close()
            outcomes.add("OK " + repr([(e.tag, sorted(e.attrib.items())) for e in root.iter()]))
        except ET.ParseError as e:
            outcomes.add("ERR %s %s %s" % (e, e.code, e.position))
    print(repr(doc))
    for o in sorted(outcomes):
        print("  ", o)

ns_doc = DOCS[2]
print([(ev, x if ev.endswith("-ns") else x.tag) for ev, x in
       ET.iterparse(io.BytesIO(ns_doc.encode()), events=("start", "end", "start-ns", "end-ns"))])

# A long document: tokens straddle every internal boundary somewhere.
parts = ['<feed xmlns="urn:atom" xmlns:m="urn:m">']
for i in range(2000):
    parts.append('<entry m:id="%d" n="%s"><title>T &amp; %d</title><m:v>%s</m:v></entry>\n'
                 % (i, "x" * (i % 17), i, "\u00e9" * (i % 5)))
parts.append("</feed>")
big = "".join(parts)
for data in (big, big.encode("utf-8")):
    root = ET.fromstring(data)
    print(len(root), root[1999].tag, root[1999].attrib, root[1999][1].text,
          sum(len(e.attrib) for e in root.iter()))
    count = 0
    for ev, elem in ET.iterparse(io.BytesIO(big.encode("utf-8")), events=("end",)):
        count += elem.tag == "{urn:m}v"
    print(count)

# An error far into a long document.
try:
    ET.fromstring(big[:-7] + "<m:v></entry></feed>")
except ET.ParseError as e:
    print(e, e.code, e.position)
