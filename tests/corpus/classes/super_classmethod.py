# A classmethod reached through super() binds the class: the instance's type when super
# holds an instance, the class itself when it holds one (super().make(), super(B, b).make,
# super(B, B).make, from an instance method and from a classmethod); staticmethods plain.
class A:
    @classmethod
    def make(cls, v):
        return cls.__name__, v

    @staticmethod
    def st(x):
        return x * 2


class B(A):
    @classmethod
    def make(cls, v):
        return super().make(v + 1)

    def inst(self):
        return super().make(5), super().st(3), super(B, self).make(1)


class C(B):
    pass


b = B()
print(B.make(1), b.inst(), super(B, b).make(2), super(B, B).make(3))
print(C.make(1), C().inst(), super(B, C()).make(4), super(B, C).make(5))
m = super(B, b).make
print(m.__self__ is B, m(6))
for i in range(3):
    print(C().inst())
