name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:>6}|")
print(f"{n:05d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{d['key']} {d["n"]} {items[0]!r} {name!s} {name!a}")
print(f"{'nested'} {"double in double"} {f'{n}'}")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{{literal braces}} {{{n}}}")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:*^{width}}]")
print(f"{n if n > 10 else 0} {[x * 2 for x in range(3)]}")
print(f"{'a' + 'b'} {len(items)} {3 * 4}")
print(F"upper F {n}")
print(rf"raw {name} \n", fr"{n}\t")
print(f"""triple {name}
second line {n}""")
print(f"{-n:+d} {n:+d} {n: d}")
print(f"{True} {None} {3.0} {1e20} {1/3}")
print(f"{'x'!r:>6}")
print(f"{n:{'>'}{8}}")
print(f"{'α':3}|")
