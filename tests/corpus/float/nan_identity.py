# Two NaNs made separately are distinct objects; sequence comparison, in, count, index and
# dict lookups test identity before ==, so one NaN equals itself inside containers.
x = float('nan')
y = float('nan')
print((float('nan'),) == (float('nan'),), (x,) == (x,), [x] == [x], x in [x], (x,) == (y,), [x] != [x], [x] != [y])
print((1, x) < (1, x), (x,) <= (x,), [x] <= [y], [x] < [y], (x, 1) < (x, 2), (x, 1) < (y, 2))
print({x: 1}.get(x), x in (x,), x in {x}, [x].count(x), [x].index(x), (x, 2).index(x), [y, x].count(x))
print({"a": x} == {"a": x}, {"a": x} == {"a": y}, [[x]] == [[x]], [(x,)] == [(y,)])
import collections
print(collections.deque([x]) == collections.deque([x]), [x, 1] == [x, 1.0])
d = 1e308 * 10 - 1e308 * 10
print([d] == [d], (d, 1) == (d, 1))
t = (x, y)
print(t == t, t == (x, y), t == (y, x), max([(x,), (x,)]), sorted([(1, x), (0, y)]))
print((x,) == (x,) is not None, [x] == [x] == [x])
def f(a, b): return a == b
print(f((x,), (x,)), f((x,), (y,)), f([x], [x]))
print(list(map(lambda t: t == (x,), [(x,), (y,)])))
import struct, pickle, math, json, array, copy
x = float('nan'); y = float('-nan'); w = x * 2
print(array.array('d', [x, 1.0]).tobytes().hex())
print(math.nan is math.nan, (math.nan,) == (math.nan,), w is x, [w] == [x], json.loads('[NaN]') == json.loads('[NaN]'))
l = json.loads('[NaN, NaN]'); print(l[0] is l[1], l == l, l == [l[0], l[1]])
print(hash(x) == hash(x), {x: 1}.get(x), {x: 1}.get(y), x in {x}, float('nan') in {x})
print(pickle.loads(pickle.dumps([x, x])) , math.isnan(pickle.loads(pickle.dumps(x))))
r = pickle.loads(pickle.dumps([x, x])); print(r[0] is r[1], r == r)
c = copy.deepcopy([x, x]); print(c[0] is c[1], c[0] is x)
print(struct.unpack('<d', struct.pack('<d', x))[0], float.hex(x), repr(-x), f"{x:f}", round(x) if False else 0)
print(min(x, 1.0), max(1.0, x), sorted([3.0, x, 1.0]))
for v in (x, y, w, math.nan, x + 1):
    print(struct.pack('<d', v).hex(), struct.pack('<f', v).hex(), struct.pack('<e', v).hex(), pickle.dumps(v, 2).hex(), pickle.dumps(v, 0))
print((x + 1) is x, (x + 1,) == (x + 1,), w is x, [w] == [x], x is x)
nans = [float('nan') for _ in range(3)]
print(nans == nans, nans == list(nans), nans == [float('nan')] * 3, nans.count(nans[1]), nans.index(nans[2]), len(set(nans)))
