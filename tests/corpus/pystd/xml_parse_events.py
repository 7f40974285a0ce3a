# iterparse and XMLPullParser events (start, end, start-ns, end-ns, comment, pi) with the
# input fed in pieces of every size, a custom target's calls, and errors reported after the
# events that precede them.
import io
import xml.etree.ElementTree as ET

DOC = ('<?xml version="1.0"?>\n<!--top--><root xmlns:n="urn:n" a="1">\n'
       '  <n:item k="v">one &amp; two</n:item><?do it?>\n'
       '  <plain x="&#10;">text<![CDATA[<raw>]]>more<!--inner--></plain>\n'
       '  <empty/>\n</root>\n<!--tail-->')


def describe(event, payload):
    if isinstance(payload, tuple):
        return (event, payload)
    if payload is None:
        return (event, None)
    return (event, payload.tag if isinstance(payload.tag, str) else payload.tag.__name__)


for events in (None, ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi")):
    results = set()
    for size in (1, 2, 3, 5, 8, 13, 64, 1000):
        pull = ET.XMLPullParser(events=events)
        seen = []
        for i in range(0, len(DOC), size):
            pull.feed(DOC[i:i + size])
            seen.extend(describe(e, p) for e, p in pull.read_events())
        pull.close()
        seen.extend(describe(e, p) for e, p in pull.read_events())
        results.add(tuple(seen))
    print(events, len(results))
    for item in list(results)[0]:
        print("  ", item)

# iterparse over bytes, with the root available at the end.
it = ET.iterparse(io.BytesIO(DOC.encode("utf-8")), events=("start", "end", "comment"))
print([describe(e, p)[:2] for e, p in it])
print(ET.tostring(it.root, encoding="unicode"))


class Recorder:
    def __init__(self):
        self.calls = []

    def start(self, tag, attrib):
        self.calls.append(("start", tag, attrib))

    def end(self, tag):
        self.calls.append(("end", tag))

    def data(self, text):
        # expat splits text at newlines and references; only the joined text is compared.
        if self.calls and self.calls[-1][0] == "data":
            self.calls[-1] = ("data", self.calls[-1][1] + text)
        else:
            self.calls.append(("data", text))

    def comment(self, text):
        self.calls.append(("comment", text))

    def pi(self, target, text):
        self.calls.append(("pi", target, text))

    def close(self):
        return "closed"


target = Recorder()
parser = ET.XMLParser(target=target)
parser.feed(DOC)
print(parser.close())
for call in target.calls:
    print("  ", call)

# An error after some events: the events before it are delivered, then the error.
pull = ET.XMLPullParser(events=("start", "end"))
pull.feed("<a><b>x</b><c></d></a>")
try:
    for event, elem in pull.read_events():
        print(event, elem.tag)
except ET.ParseError as e:
    print("ParseError", e, e.position)
