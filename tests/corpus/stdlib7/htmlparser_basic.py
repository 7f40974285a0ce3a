from html.parser import HTMLParser


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def run(text, chunks=None, **kw):
    p = Logger(**kw)
    if chunks is None:
        p.feed(text)
    else:
        for k in range(0, len(text), chunks):
            p.feed(text[k:k + chunks])
    p.close()
    for e in p.events:
        print("  ", e)
    print("  pos", p.getpos(), "lasttag", p.lasttag)


DOC = """<!DOCTYPE html>
<html lang="en">
<head><meta charset=utf-8><title>Test &amp; &lt;page&gt; &#169; &#x41;</title>
<style>p > a { color: red }</style>
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
</head>
<body class='main page' data-x="a &quot;q&quot; &amp; b" hidden>
<!-- a comment -->
<?xml-stylesheet href="s.css"?>
<p>Hello, <b>world</b>!<br/><img src="a.png" alt="" /></p>
<a href=/path?a=1&b=2 TARGET=_blank>link</a>
<![CDATA[raw <stuff>]]>
<!bogus comment>
</bogus junk>
<p>5 < 6 and 7 > 3 &unknown; &#bad; AT&T</p>
</body></html>"""

print("whole")
run(DOC)
print("chunks of 7")
run(DOC, chunks=7)
print("chunks of 1")
run(DOC, chunks=1)
print("no convert")
run(DOC, convert_charrefs=False)

for snippet in ["<div", "<div class='x", "text &amp", "text &", "a < b", "<!-- open",
                "</", "<!", "<?pi", "&#65", "&#x41;x", "x &copy y", "<p a=1 b='2' c=\"3\" d>",
                "<P CLASS=X>Upper</P>", "<br/>", "<br />", "<a/b>", "<script>alert(1)",
                "<script>a</SCRIPT >b", "<style>x</style", "</a b c>", "</>", "</ x>",
                "<a href='x' / >", "&#0; &#128; &#x110000;", "<!DOCTYPE", "<![if !IE]>x<![endif]>",
                "line1\nline2\n<b>\n</b>", "<a\nb=1\n>"]:
    print(repr(snippet))
    run(snippet)
    run(snippet, convert_charrefs=False)

# Default handlers do nothing; subclass overriding only data.
class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


t = Text()
t.feed("<p>One &amp; <i>two</i></p><p>three")
t.feed(" four</p>")
t.close()
print(t.parts, "".join(t.parts))
p = HTMLParser()
p.feed("<a>x</a>")
p.close()
print(p.getpos(), p.get_starttag_text(), p.rawdata == "")
p.reset()
print(p.getpos(), p.lasttag)
