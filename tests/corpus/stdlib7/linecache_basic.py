import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "sample.txt")
with open(path, "w") as f:
    f.write("first line\nsecond line\n\nfourth, no newline at end")

print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 5)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(path in linecache.cache, len(linecache.cache[path]), linecache.cache[path][0], linecache.cache[path][2])
print(repr(linecache.getline(os.path.join(d, "missing.txt"), 1)), linecache.getlines("/no/such/file.py"))
print(repr(linecache.getline("<stdin>", 1)), linecache.getlines("<string>"), linecache.getlines(""))
print(linecache.updatecache("<x>"), linecache.updatecache("/no/such/file"))

# A change of the file's size is seen by checkcache.
with open(path, "w") as f:
    f.write("replaced\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)), path in linecache.cache)
with open(path, "a") as f:
    f.write("more text\n")
linecache.checkcache()
print(linecache.getlines(path))
os.remove(path)
linecache.checkcache(path)
print(path in linecache.cache, linecache.getlines(path))
print(linecache.updatecache(path))
linecache.checkcache("never-cached")

with open(path, "w") as f:
    f.write("x = 1\n")
print(linecache.updatecache(path))
linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache("<stdin>", {}), linecache.lazycache(path, None), linecache.lazycache(path, {}))
os.remove(path)
os.rmdir(d)
