# Every two-way split of XML documents fed to XMLParser (as str and as UTF-8 bytes) gives
# the same tree or the same error (message, code and position) as the whole document:
# tokens, entities, CDATA, comments, PIs, namespaces and multi-byte characters cut in two.
import xml.etree.ElementTree as ET

DOCS = [
    '<a x="1" y=\'2\'>t &amp; &lt;&#65;&#x42;<b/>tail<!-- c --><?p d?></a>',
    '<?xml version="1.0"?>\n<r><![CDATA[x<y>&z]]>m</r>',
    '<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:k="v">\u00e9\u20ac\U0001F600</p:c></r>',
    '<a b="x&#10;y\tz&amp;"/>',
    '<a>&undefined;</a>',
    '<a><b></a>',
    '<a>x]]>y</a>',
    '<a><!-- x -- y --></a>',
    '<a>\x01</a>',
    '<a b="1" b="2"/>',
    '<a/><b/>',
    '<a b="&nope;"/>',
    '<a>&#0;</a>',
    '<a><?p:i x?></a>',
    '<\u00e9l \u00e0="\u00e8">\u00f1</\u00e9l>',
]


def outcome(parts):
    parser = ET.XMLParser()
    try:
        for part in parts:
            parser.feed(part)
        root = parser.close()
        return "OK " + ET.tostring(root, encoding="unicode")
    except ET.ParseError as e:
        return "ERR %s %s %s" % (e, e.code, e.position)


for doc in DOCS:
    whole = outcome([doc])
    print(repr(doc))
    print("  ", whole)
    for data in (doc, doc.encode("utf-8")):
        odd = []
        for i in range(1, len(data)):
            got = outcome([data[:i], data[i:]])
            if got != whole:
                odd.append((i, got))
        one_by_one = outcome([data[i:i + 1] for i in range(len(data))])
        print("  ", type(data).__name__, "splits differing:", odd[:3], "one at a time same:", one_by_one == whole)
