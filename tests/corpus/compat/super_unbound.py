# super(C) and super(C, None): unbound super objects.
class X:
    def hello(self): return "X.hello"
class Y(X):
    def hello(self): return "Y.hello"
s = super(Y)
print(type(s), s, s.__thisclass__, s.__self__, s.__self_class__)
print(super(Y, None))
try:
    s.hello
except AttributeError as e:
    print(e)
print(super(Y, Y()).hello(), repr(super(Y, Y()))[:40])
try:
    super(5)
except TypeError as e:
    print(e)
