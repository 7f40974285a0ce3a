import colorsys, reprlib, errno, hmac, hashlib, contextvars, asyncio, random
rng = random.Random(5)
acc = []
for _ in range(300):
    r, g, b = rng.random(), rng.random(), rng.random()
    for f, inv in ((colorsys.rgb_to_hls, colorsys.hls_to_rgb), (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb), (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)):
        t = f(r, g, b)
        acc.append(t); acc.append(inv(*t))
print(hash(tuple(acc)) & 0xFFFFFFFF, acc[:4], colorsys.rgb_to_hsv(0.2, 0.2, 0.2), colorsys.hls_to_rgb(0.5, 0.5, 0), colorsys.hsv_to_rgb(1.0, 1, 1))
print(colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_hls(0.9, 0.8, 0.95), colorsys.yiq_to_rgb(1, 1, 1))
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(10 ** 80), reprlib.repr({i: [i] * 10 for i in range(10)}))
print(reprlib.repr(set("abcdefghij")), reprlib.repr(frozenset()), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(object)[:25])
r.maxlist = 2; r.maxlevel = 2; print(r.repr([1, [2, [3, [4]]], 5]))
print(reprlib.Repr(indent=4).repr([1, [2, 3], {"a": (4,)}]))
print(reprlib.Repr(indent="--", maxlevel=1).repr([1, [2, 3]]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node(), Node.__repr__.__name__, Node.__repr__.__wrapped__.__qualname__)
print(errno.ENOENT, errno.errorcode[errno.EACCES], errno.EWOULDBLOCK == errno.EAGAIN, errno.ETIMEDOUT, len(errno.errorcode))
for algo in ("sha256", hashlib.sha1, "md5", "sha512"):
    h = hmac.new(b"key", b"The quick brown fox", algo)
    h2 = h.copy(); h2.update(b"!")
    print(h.name, h.hexdigest(), h2.hexdigest()[:16], h.digest_size, h.block_size)
print(hmac.new(b"k" * 200, digestmod="sha256").hexdigest(), hmac.digest(b"a", b"b", "sha224").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(bytearray(b"x"), b"xy"))
for bad in (lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="md5"), lambda: hmac.compare_digest("é", "é")):
    try: bad()
    except TypeError as e: print("TypeError", e)
v = contextvars.ContextVar("v", default=0)
req = contextvars.ContextVar("req")
async def handler(i):
    req.set(i)
    await asyncio.sleep(0)
    v.set(v.get() + i)
    return req.get(), v.get()
async def main():
    v.set(100)
    out = await asyncio.gather(*(handler(i) for i in range(4)))
    print(out, v.get(), req.get("none"))
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(7), context=ctx)
    await t
    print(ctx[v], v.get())
asyncio.run(main())
print(v.get(), contextvars.copy_context().get(v, "missing"))
t = v.set(1); v.reset(t)
for bad in (lambda: v.reset(t), lambda: req.get(), lambda: contextvars.ContextVar(1)):
    try: bad()
    except (RuntimeError, LookupError, TypeError) as e: print(type(e).__name__, str(e).split(" at 0x")[0][:30])
ctx = contextvars.Context()
print(ctx.run(lambda: (v.set(9), v.get())[1]), v.get(), len(ctx), list(ctx.values()), repr(contextvars.Token.MISSING))
