l = [3, 1, 2]
l.append(5)
l.extend((7, 8))
l.insert(0, 10)
l.insert(-1, 11)
l.insert(100, 12)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(2), l.count(11), l.index(8, 1))
l.reverse()
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(l[1:3], l[::-1], l[::2], l[-2:], l[:100], l[5:1], l[5:1:-2])
m = list(range(10))
m[2:5] = ["a", "b"]
print(m)
m[::3] = [0, 0, 0]
print(m)
del m[::2]
print(m)
del m[0]
print(m)
m[1:1] = [9, 9, 9]
print(m)
m[-1] = "end"
print(m)
print([1, 2] + [3], [1, 2] * 2, 2 * [0], [1] * -1)
a = [1]
a += (2, 3)
a *= 2
print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] != [])
print([1, [2, [3]]], repr([]), str(["a", 'b"']))
r = [1]
r.append(r)
print(r)
print(list(reversed([1, 2, 3])), 3 in [1, 2, 3], [1, 2, 3].copy())
c = [1, 2, 3]
c.clear()
print(c, len(c))
print(list("abc"), list(range(3)), list({1: 2}))
print([x for x in range(5) if x % 2])
