# An xml.etree workload in the style of pyperformance's xml_etree benchmarks: generate a
# tree, serialize it, parse it back (fromstring, incremental feed, iterparse), query it with
# iter/findall/findtext/itertext, and print checksums of everything.

import io
import xml.etree.ElementTree as ET


def generate(n_groups, n_items):
    root = ET.Element("catalog", {"version": "2", "lang": "en"})
    root.text = "\n"
    for g in range(n_groups):
        group = ET.SubElement(root, "group", name="group-%d" % g, kind=("odd", "even")[g % 2])
        group.text = "\n  "
        for i in range(n_items):
            item = ET.SubElement(group, "item", id="%d-%d" % (g, i), price=str((g * 31 + i * 7) % 997))
            title = ET.SubElement(item, "title")
            title.text = "Item %d of group %d & friends <%d>" % (i, g, i * g)
            desc = ET.SubElement(item, "desc", lang="en" if i % 3 else "fr")
            desc.text = "Cafe \"quoted\" text number %d" % (i * 13 + g)
            if i % 4 == 0:
                ET.SubElement(item, "tag").text = "t%d" % (i % 7)
                ET.SubElement(item, "tag").text = "u%d" % (g % 5)
            item.tail = "\n  "
        group.tail = "\n"
    root.append(ET.Comment(" generated "))
    root[0].set("note", "na\u00efve \u20ac")
    return ET.ElementTree(root)


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def process(root):
    prices = 0
    for item in root.iter("item"):
        prices += int(item.get("price"))
    tags = len(root.findall(".//tag"))
    french = len(root.findall(".//desc[@lang='fr']"))
    odd_titles = [g.findtext("item/title") for g in root.findall("group[@kind='odd']")]
    words = sum(len(t.split()) for t in root.itertext())
    elements = sum(1 for _ in root.iter())
    return prices, tags, french, len(odd_titles), odd_titles[-1], words, elements


def main():
    tree = generate(30, 40)
    data = ET.tostring(tree.getroot(), encoding="utf-8")
    print("serialized", len(data), checksum(data.decode("utf-8")))

    for _ in range(2):
        root = ET.fromstring(data)
        print("fromstring", process(root))

    # Incremental parsing with chunks that split tags and entities.
    parser = ET.XMLParser()
    for start in range(0, len(data), 1001):
        parser.feed(data[start:start + 1001])
    root = parser.close()
    print("feed", process(root))

    starts = ends = 0
    depth = max_depth = 0
    for event, elem in ET.iterparse(io.BytesIO(data), events=("start", "end")):
        if event == "start":
            starts += 1
            depth += 1
            max_depth = max(depth, max_depth)
        else:
            ends += 1
            depth -= 1
            if elem.tag == "item":
                elem.clear()
    print("iterparse", starts, ends, max_depth)

    pull = ET.XMLPullParser(events=("end",))
    text = data.decode("utf-8")
    count = 0
    for start in range(0, len(text), 4096):
        pull.feed(text[start:start + 4096])
        for event, elem in pull.read_events():
            count += elem.tag == "title"
    pull.close()
    print("pull", count)

    again = ET.tostring(root, encoding="unicode")
    print("roundtrip", again == data.decode("utf-8"), checksum(again))


main()
