# `a != b` asks object.__ne__ on each side, which asks that side's __eq__ and inverts it;
# when both say NotImplemented, identity decides, and __eq__ is not asked a third time.
class Shy:
    def __eq__(self, other):
        print("Shy.__eq__", type(other).__name__)
        return NotImplemented


class Sure:
    def __eq__(self, other):
        print("Sure.__eq__", type(other).__name__)
        return isinstance(other, Sure)


class Odd:
    def __eq__(self, other):
        return "yes"  # truthy, inverted by object.__ne__


class Own(Shy):
    def __ne__(self, other):
        print("Own.__ne__")
        return "own"


s = Shy()
print(s != Shy())
print(s != s)
print(s != 1, 1 != s)
print(Sure() != Sure(), Sure() != 3, 3 != Sure())
print(Odd() != Odd(), Odd() == Odd())
print(Own() != Shy(), Shy() != Own())
print([s] != [s], [Shy()] != [Shy()])
print((1, s) != (1, s))
