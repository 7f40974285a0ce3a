def numbers(limit):
    for i in range(limit):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squared(src):
    for x in src:
        yield x * x

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

print(list(take(5, squared(evens(numbers(100))))))

def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total
print(list(running_total(range(1, 11))))

def chunks(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks("abcdefgh", 3)))

def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
gen = numbers(3)
print(list(zip(gen, gen)))
