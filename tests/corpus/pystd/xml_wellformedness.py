# expat's well-formedness errors (message, code, (line, column)) and what it accepts:
# forbidden characters, `]]>` in text, `--` in comments, PI targets, undefined entities in
# attributes (reported at the tag), character references in attribute values (kept, while
# literal tabs and newlines become spaces), CDATA, PIs, comments around the root.
import xml.etree.ElementTree as ET

CASES = [
    '<a>x &amp; y &lt;&gt;&quot;&apos; &#65;&#x42;</a>',
    '<a b="x&#10;y&#9;z&#13;w"/>',
    '<a b="x\ny\tz"/>',
    '<a b="x\r\ny"/>',
    '<a>\r\nx\ry</a>',
    '<a>&foo;</a>',
    '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>&#x110000;</a>', '<a>&#1;</a>',
    '<a>& b</a>', '<a>&#x;</a>', '<a>&#;</a>', '<a>&amp</a>',
    '<a b="&foo;"/>', '<a b="&#0;"/>', '<a>\n<b c="x &foo; y"/></a>', '<a b="&foo;" c="&bar;"/>',
    '<a b="x" c="&#0;"/>', '<a b="&amp"/>', '<a b="&amp;&foo;"/>',
    '<!DOCTYPE a [<!ENTITY e "hi">]><a b="&e;">&e;</a>',
    '<a><![CDATA[x<y>&z]]></a>', '<a><![CDATA[x]]]]><![CDATA[>]]></a>',
    '<a><!-- c -- d --></a>', '<a><!-- c ---></a>', '<a><!----></a>', '<a><!--a--b--></a>',
    '<a><!---a--></a>',
    '<a>x]]>y</a>', '<a>ab]]>cd</a>', '<a>]]]></a>', '<a>x]]y]]>z</a>', '<a>]]</a>', '<a>]></a>',
    '<a>\x01</a>', '<a>ab\x01cd\x02</a>', '<a>ab\x0b</a>', '<a>x\x00y</a>', '<a>\ufffe</a>', '<a>\uffff</a>',
    '<a>&amp;\x01</a>', '<a>&nope;\x01</a>',
    '<a b="\x01"/>', '<a b="x" c="y\x0cz"/>',
    '<a><!-- \x01 --></a>', '<a><?pi \x01?></a>', '<a><?pi\x01?></a>', '<a><![CDATA[\x01]]></a>',
    '<a><?pi x?><?pi?><?pi  y ?></a>', '<a><?pi<x?></a>', '<a><?pi-x?></a>', '<a><?p:i x?></a>',
    '<a><?xml version="1.0"?></a>', '<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>',
    '<a><!DOCTYPE x></a>', '<a><!Dx></a>', '<a><!-x></a>', '<a><!x></a>',
    '<a></b>', '<a></a ><b/>', '<a/>junk', '<a/> x', '<a/><b/>', 'x', '<a><b></a>', '<a>', '',
    '<a b="1" b="2"/>', '<a b="1"c="2"/>', '<a b=1/>', '<a b="<"/>', '<a b=\'"\' c="\'"/>',
    '<a xmlns="u"><b/><c xmlns:p="v" p:x="1"/></a>', '<p:a/>',
    '<a>\u00e9\u20ac\U0001F600</a>', '<\u00e9 \u00e8="\u20ac"/>',
    '<a>text<!--c--><?p d?>tail</a>', '<a  >  <b\t/>\n</a\n>', '<a/>\n\n  ', '<a/><!--c--><?p?>',
]

for doc in CASES:
    try:
        root = ET.fromstring(doc)
        print(repr(doc), "OK", ET.tostring(root, encoding="unicode"), root.attrib)
    except ET.ParseError as e:
        print(repr(doc), "ERR", e, e.code, e.position)

# Comments and PIs kept by a TreeBuilder, and those around the root element.
builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=builder)
parser.feed('<!--before--><?before x?><a>t<!--in--><?in y z?>u</a><!--after-->')
root = parser.close()
print(ET.tostring(root, encoding="unicode"), [c.tag is ET.Comment for c in root])
