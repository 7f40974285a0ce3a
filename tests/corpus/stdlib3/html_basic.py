# html: escape and unescape (named, numeric and legacy references), html.entities tables.
import html
from html import entities
from html.entities import codepoint2name, html5, name2codepoint

samples = ["<a href=\"x?a=1&b=2\">Tom's</a>", "plain", "", "&&;<<>>\"'"]
for s in samples:
    print(html.escape(s), html.escape(s, quote=False), html.unescape(html.escape(s)) == s)
refs = ["&amp; &lt; &gt; &quot; &#39; &#x27;", "&eacute;t&eacute; &Eacute;", "&copy 2024 &copy;", "&ampx &amp;x &notit; &notin;",
        "&#128;&#x80;&#150; &#0; &#13; &#x110000; &#55296; &#65535; &#1;x&#127;", "&#65;&#x42;&#X43;&#x;&#;",
        "&unknown; &; & alone &#xZZ;", "&acE; &NotEqualTilde; &fjlig;", "&LT&GT&AMP&QUOT", "&zwnj;&zwj;|"]
for r in refs:
    print(repr(html.unescape(r)))
print(len(html5), len(name2codepoint), len(codepoint2name), len(entities.entitydefs))
print(name2codepoint["eacute"], codepoint2name[169], entities.entitydefs["amp"], html5["gt;"], html5["lang;"],
      chr(name2codepoint["lang"]))
text = "".join(html.escape(chr(c)) for c in range(32, 400))
print(len(text), html.unescape(text) == "".join(chr(c) for c in range(32, 400)))
