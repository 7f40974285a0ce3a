# fnmatch: matching, filtering and the regular expressions patterns translate to.
import fnmatch

names = ["main.py", "setup.py", "README.md", "test_a.py", "test_b.txt", "data/x.py", ".hidden", "a]b", "[x]",
         "file1", "file2", "fileA", "file-", "UPPER.PY", "notes\nmore.py", "a!b", "a^b"]
patterns = ["*.py", "test_*", "*", "?", "file[0-9]", "file[!0-9]", "file[-]", "[]]*", "*]b", "a[!]]b", "*.PY",
            "data/*", "*/*", "[[]x]", "a[^]b", "a[!^]b", "**.md", "file[a-c-]", "[z-a]*", "", "*[!.]*.py"]
for p in patterns:
    print(repr(p), fnmatch.translate(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatchcase("Main.PY", "*.PY"), fnmatch.fnmatch("abc", "a*c"))
print(fnmatch.fnmatch(b"data.bin", b"*.bin"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"))
print(fnmatch.translate("*a*b*c"), fnmatch.translate("[a-z][!A-Z]?*"), fnmatch.translate("x&&y~~z||"))
