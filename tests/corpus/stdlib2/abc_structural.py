from collections.abc import Hashable, Iterable, Sized, Callable, Container, Reversible, Collection
class Q:
    def __eq__(self, o): return True
class R(Q):
    __hash__ = object.__hash__
class C:
    def __call__(self): pass
class G:
    def __getitem__(self, i): return i
print(isinstance(Q(), Hashable), isinstance(R(), Hashable), isinstance(C(), Callable), isinstance(G(), Iterable))
print(isinstance([], Reversible), isinstance({}, Reversible), isinstance(set(), Reversible), isinstance("", Collection))
print(issubclass(int, Hashable), issubclass(list, Hashable), isinstance(object(), Hashable), isinstance(type, Callable), isinstance(int, Callable))
