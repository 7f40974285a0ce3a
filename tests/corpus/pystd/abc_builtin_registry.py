# The builtin types collections.abc registers: issubclass/isinstance answers, and an ABC a
# program registers a class with afterwards.
import collections.abc as C

pairs = [
    (list, C.MutableSequence), (list, C.Sequence), (tuple, C.Sequence), (tuple, C.MutableSequence),
    (str, C.Sequence), (range, C.Sequence), (bytes, C.ByteString), (bytearray, C.ByteString),
    (bytes, C.Buffer), (bytearray, C.MutableSequence), (dict, C.MutableMapping), (dict, C.Mapping),
    (set, C.MutableSet), (frozenset, C.Set), (frozenset, C.MutableSet), (type({}.keys()), C.KeysView),
    (type({}.values()), C.ValuesView), (type({}.items()), C.ItemsView), (type({}.items()), C.Set),
    (type(iter([])), C.Iterator), (type(iter("")), C.Iterator), (type(zip()), C.Iterator),
    (type(len), C.Callable), (type([].append), C.Callable), (type((x for x in ())), C.Generator),
    (int, C.Sequence), (str, C.MutableSequence), (list, C.Hashable), (int, C.Hashable),
]
for t, a in pairs:
    print(f"{t.__name__:20} {a.__name__:16} {issubclass(t, a)}")
print(isinstance([], C.Sequence), isinstance((), C.MutableSequence), isinstance({}, C.Mapping))


class Seq(C.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


print(issubclass(Seq, C.Sequence), issubclass(Seq, C.Reversible), isinstance(Seq(), C.Iterable))


class Later:
    def __len__(self):
        return 0


print(issubclass(Later, C.Sized), issubclass(Later, C.Collection))
C.Collection.register(Later)
print(issubclass(Later, C.Collection), issubclass(Later, C.Container), isinstance(Later(), C.Collection))
print(C.MutableSequence.register(list) is list)
