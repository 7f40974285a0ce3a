items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:>8}: {price:6.2f} {'cheap' if price < 1 else 'pricey':^8}|")
print(f"{'{'}{'}'}")
print(f"{','.join(f'{k}={v}' for k, v in items.items())}")
print(f"{[f'{i:02}' for i in range(3)]}")
x = 5
print(f"{x!r:>4}|{x:<4}|{x:^5}|{x:+}")
print(f"{3.14159:.{x - 3}f}")
print(f"{'a' * 3}{x * 2}{x ** 2:,}")
print(f"""{
    x
    + 1
}""")
print(f"{x:{'0'}>{4}}")
print(f"{12345.678:_.1f} {0.000123:.2e} {1e10:g} {255:08b}")
obj = {"k": [1, {"z": "deep"}]}
print(f"{obj['k'][1]['z']}")
print(f"{x=!r} {x = :5}")
