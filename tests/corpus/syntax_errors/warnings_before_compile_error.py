# A compile-stage error: the parser's warnings and the compiler's before it are issued.
x = 1
print("\d", x is 1)
return x is 2
print(x is 3, 5if x else 6)
