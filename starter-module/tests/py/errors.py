import starter
cases = [(starter.add, (1, 2, 3)), (starter.add, (1,)), (starter.add, ()), (starter.add, (1, 'x')),
         (starter.greet, ()), (starter.greet, (1, 2, 3)), (starter.mean, ([],)), (starter.mean, (5,)),
         (starter.add, (2**62, 2**62)), (starter.add, (2**64, 1))]
for f, a in cases:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    starter.add(a=1, b=2)
except TypeError as e:
    print(e)
