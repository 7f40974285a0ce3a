# The classic, plus a little of everything.
import sys

print("Hello, world!")
print(f"Running on Python {sys.version_info[0]}.{sys.version_info[1]} semantics")

names = ["Ada", "Grace", "Linus"]
for i, name in enumerate(names, 1):
    print(f"{i}. Hello, {name:<6}| {len(name)} letters")

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("2**100 =", 2 ** 100)
