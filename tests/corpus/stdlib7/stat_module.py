# stat: constants, the S_IS* tests, S_IMODE/S_IFMT and filemode, with CPython's errors.
import stat

for name in ["S_IFDIR", "S_IFCHR", "S_IFBLK", "S_IFREG", "S_IFIFO", "S_IFLNK", "S_IFSOCK",
             "S_IFDOOR", "S_IFPORT", "S_IFWHT", "S_ISUID", "S_ISGID", "S_ENFMT", "S_ISVTX",
             "S_IREAD", "S_IWRITE", "S_IEXEC", "S_IRWXU", "S_IRUSR", "S_IWUSR", "S_IXUSR",
             "S_IRWXG", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXO", "S_IROTH", "S_IWOTH",
             "S_IXOTH", "ST_MODE", "ST_INO", "ST_DEV", "ST_NLINK", "ST_UID", "ST_GID",
             "ST_SIZE", "ST_ATIME", "ST_MTIME", "ST_CTIME", "UF_NODUMP", "UF_IMMUTABLE",
             "UF_APPEND", "UF_OPAQUE", "UF_NOUNLINK", "UF_COMPRESSED", "UF_HIDDEN",
             "UF_SETTABLE", "UF_TRACKED", "UF_DATAVAULT", "SF_ARCHIVED", "SF_IMMUTABLE",
             "SF_APPEND", "SF_NOUNLINK", "SF_SNAPSHOT", "SF_SETTABLE", "SF_RESTRICTED",
             "SF_FIRMLINK", "SF_DATALESS", "FILE_ATTRIBUTE_ARCHIVE", "FILE_ATTRIBUTE_DIRECTORY",
             "FILE_ATTRIBUTE_HIDDEN", "FILE_ATTRIBUTE_NORMAL", "FILE_ATTRIBUTE_READONLY",
             "FILE_ATTRIBUTE_REPARSE_POINT", "FILE_ATTRIBUTE_SYSTEM", "FILE_ATTRIBUTE_VIRTUAL"]:
    print(name, getattr(stat, name), oct(getattr(stat, name)))

modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755,
         0o102755, 0o041777, 0o041776, 0o106644, 0o101644, 0o000000, 0o170777, 0o007777, 0]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
         stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          "".join("1" if t(m) else "0" for t in tests))
print(stat.S_ISDIR(True), stat.filemode(2**32 - 1), stat.S_IMODE(2**32 - 1))
print(stat.S_ISDIR.__name__, stat.filemode.__doc__)
for f in [lambda: stat.S_ISDIR("x"), lambda: stat.S_ISDIR(-1), lambda: stat.S_ISDIR(2**32),
          lambda: stat.S_ISDIR(2**64), lambda: stat.filemode(-1), lambda: stat.S_IMODE(1.5),
          lambda: stat.S_ISDIR(), lambda: stat.S_ISDIR(mode=1), lambda: stat.filemode(1, 2),
          lambda: stat.S_IFMT(None)]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(stat) if n.startswith("S_IS") and callable(getattr(stat, n))))
