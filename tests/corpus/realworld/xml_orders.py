# A small order-processing job over XML: build a feed, serialize it, parse it back,
# aggregate with ElementPath queries, and emit a summary report as XML.
import xml.etree.ElementTree as ET
import random

rng = random.Random(7)
REGIONS = ["north", "south", "east", "west"]
SKUS = ["A-%03d" % i for i in range(25)]

feed = ET.Element("orders", generated="2026-11-27")
for n in range(300):
    order = ET.SubElement(feed, "order", id=str(1000 + n), region=rng.choice(REGIONS))
    cust = ET.SubElement(order, "customer")
    cust.text = "cust-%d" % rng.randrange(60)
    lines = ET.SubElement(order, "lines")
    for _ in range(rng.randrange(1, 5)):
        line = ET.SubElement(lines, "line", sku=rng.choice(SKUS), qty=str(rng.randrange(1, 9)))
        line.text = "%.2f" % (rng.randrange(199, 9999) / 100)
    if rng.random() < 0.2:
        ET.SubElement(order, "note").text = "fragile & <urgent>"

data = ET.tostring(feed, encoding="unicode")
print(len(data), data[:120])

root = ET.fromstring(data)
totals = {}
units = {}
for order in root.iterfind("order"):
    region = order.get("region")
    for line in order.iterfind("lines/line"):
        qty = int(line.get("qty"))
        amount = qty * float(line.text)
        totals[region] = totals.get(region, 0.0) + amount
        sku = line.get("sku")
        units[sku] = units.get(sku, 0) + qty
for region in sorted(totals):
    print(region, "%.2f" % totals[region])
print(sorted(units.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(len(root.findall(".//note")), root.findtext(".//note"))
print(len(root.findall("order[@region='east']")), [o.get("id") for o in root.findall("order[note]")][:6])
busiest = max(root.iterfind("order"), key=lambda o: (len(o.find("lines")), o.get("id")))
print(busiest.get("id"), ET.tostring(busiest.find("lines"), encoding="unicode")[:90])

report = ET.Element("report")
for region in sorted(totals):
    r = ET.SubElement(report, "region", name=region)
    r.text = "%.2f" % totals[region]
ET.indent(report, space="  ")
print(ET.tostring(report, encoding="unicode"))
checksum = 0
for ev, el in ET.iterparse(__import__("io").StringIO(data), events=("end",)):
    checksum = (checksum * 31 + len(el.tag) + len(el.attrib)) % 1000000007
print("checksum", checksum)
