# os.PathLike decides by __fspath__; io base classes work without their __init__ being called.
import io, os, pathlib
class P:
    def __fspath__(self): return "p"
class NoPath:
    __fspath__ = None
class Sub(P): pass
print(isinstance(P(), os.PathLike), isinstance(Sub(), os.PathLike), isinstance("s", os.PathLike))
print(issubclass(P, os.PathLike), issubclass(str, os.PathLike), issubclass(NoPath, os.PathLike))
print(isinstance(pathlib.PurePosixPath("a"), os.PathLike), os.fspath(P()))
class Impl(os.PathLike):
    def __fspath__(self): return "impl"
print(isinstance(Impl(), os.PathLike), os.fspath(Impl()))
class Raw(io.RawIOBase):
    def __init__(self): self.n = 0
class Buf(io.BufferedIOBase):
    def __init__(self): pass
for cls in (Raw, Buf):
    s = cls()
    print(cls.__name__, s.closed)
    s.close()
    print(s.closed)
    try:
        s.flush()
    except ValueError as e:
        print("ValueError", e)
with Buf() as b:
    print(b.closed)
print(b.closed)
