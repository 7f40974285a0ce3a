# Repeating a sequence past what memory can hold raises MemoryError (natively an allocation
# failure aborted the process; on wasm32 a count of 2**32 wrapped to an empty result).
for make in (lambda: [1, 2], lambda: "ab", lambda: b"ab", lambda: bytearray(b"ab"), lambda: (1, 2)):
    for n in (10**12, 2**40):
        try:
            r = make() * n
            print(type(r).__name__, len(r))
        except MemoryError as e:
            print("MemoryError", repr(str(e)))
l = [1, 2]
try:
    l *= 10**12
except MemoryError as e:
    print("MemoryError", repr(str(e)))
print(len(l), [] * 10**12, "" * 2**40, [7] * -3, [1, 2] * 3)
l *= 2
print(l)
l *= 0
print(l)
