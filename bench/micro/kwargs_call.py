# A call binding extra keywords into **kw (callgrind micro-benchmark).
def f(a, b=1, **kw): return a+b+len(kw)
t=0
for i in range(200000): t += f(i, b=2, c=3, d=4)
print(t)
