class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class Q(Z, W): pass
print([k.__name__ for k in Q.__mro__])

class O: pass
class A1(O): pass
class B1(O): pass
class C1(O): pass
class D1(O): pass
class E1(O): pass
class K1(A1, B1, C1): pass
class K2(D1, B1, E1): pass
class K3(D1, A1): pass
class Z1(K1, K2, K3): pass
print([k.__name__ for k in Z1.mro()])

try:
    class Bad(A, D): pass
except TypeError as e:
    print("TypeError:", e)
