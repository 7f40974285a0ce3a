from collections import deque
import itertools
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
for x in [iter([]), iter(()), iter(""), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()), iter(set()),
          reversed([1]), reversed(S()), zip(), map(str, []), filter(None, []), enumerate([]), iter(deque()), reversed(deque()),
          itertools.count(), iter(b""), iter(bytearray()), (i for i in []), iter(lambda: 1, 1)]:
    print(type(x), type(x).__name__)
