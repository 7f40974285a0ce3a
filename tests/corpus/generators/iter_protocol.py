class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
for x in Countdown(3):
    print("tick", x)

class Repeat:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        for _ in range(self.n):
            yield self.v
print(list(Repeat("z", 3)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(zip(Countdown(3), "abc")))
print(list(enumerate(Repeat(0, 2))))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
it = iter(Countdown(2))
print(it is iter(it))
