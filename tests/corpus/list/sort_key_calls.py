# The key function runs once per item, even for a single item (its side effects and errors
# show), for both sorted() and list.sort().
calls = []


def key(x):
    calls.append(x)
    return -x


print(sorted([3], key=key), calls)
one = [7]
one.sort(key=key)
print(one, calls)
print(sorted([], key=key), calls)
print(sorted([2, 9, 4], key=key), calls)


def boom(x):
    raise ValueError("key failed for %r" % (x,))


for make in (lambda: sorted([1], key=boom), lambda: [1].sort(key=boom)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)

data = [3, 1, 2]


def grows(x):
    data.append(0)
    return x


try:
    data.sort(key=grows)
except ValueError as e:
    print("ValueError:", e)
print(data)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len, reverse=True)
print(words)
print(sorted(words, key=len))
