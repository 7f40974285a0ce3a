from math import floor

RAW = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,140,0.35
B201,Bread,food,8,2.20
C300,Novel,books,5,14.99
C301,Atlas,books,2,45.00
A102,Hammer,tools,7,18.75"""

class Item:
    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.price = int(qty), float(price)
    @property
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return f"Item({self.sku})"

header, *rows = RAW.splitlines()
fields = header.split(",")
items = [Item(**dict(zip(fields, row.split(",")))) for row in rows]

print(f"{'SKU':<6}{'Name':<8}{'Cat':<7}{'Qty':>5}{'Price':>9}{'Value':>10}")
print("-" * 45)
for it in sorted(items, key=lambda i: (i.category, -i.value)):
    flag = " (out)" if it.qty == 0 else ""
    print(f"{it.sku:<6}{it.name:<8}{it.category:<7}{it.qty:>5}{it.price:>9.2f}{it.value:>10.2f}{flag}")
print("-" * 45)
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it)
for cat in sorted(by_cat):
    group = by_cat[cat]
    total = sum(i.value for i in group)
    print(f"{cat:<8} items={len(group)} units={sum(i.qty for i in group):>4} value={total:>8.2f} avg={total / len(group):.3f}")
grand = sum(i.value for i in items)
print(f"grand total {grand:,.2f}; rounded down {floor(grand)}; most valuable {max(items, key=lambda i: i.value).name}")
low = [i.name for i in items if i.qty < 6]
print("reorder:", ", ".join(low) or "none")
print("percent of value:", {c: f"{sum(i.value for i in g) / grand:.1%}" for c, g in sorted(by_cat.items())})
