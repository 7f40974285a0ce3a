# len() is a Py_ssize_t on every target (64 bits, as on 64-bit CPython), also on wasm32.
class Big:
    def __len__(self):
        return 2**40


class TooBig:
    def __len__(self):
        return 2**63


class Negative:
    def __len__(self):
        return -1


print(len(Big()))
print(len(range(0, 2**40, 7)), len(range(2**62)))
for obj in (TooBig(), Negative(), 5):
    try:
        print(len(obj))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
try:
    bool(Big())
except Exception as e:
    print(type(e).__name__ + ":", e)
print(bool(Big()))
