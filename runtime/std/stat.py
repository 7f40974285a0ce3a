"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *
"""

# Indices into the tuple os.stat() returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types (the S_IFMT bits of a mode). Doors, event ports and whiteouts exist only on
# Solaris and BSD: 0 here, as CPython defines them on Linux.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags (st_flags).
UF_SETTABLE = 0x0000ffff
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_TRACKED = 0x00000040
UF_DATAVAULT = 0x00000080
UF_HIDDEN = 0x00008000
SF_SETTABLE = 0xffff0000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_RESTRICTED = 0x00080000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000
SF_FIRMLINK = 0x00800000
SF_DATALESS = 0x40000000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode(name, args, kwargs):
    """The one mode argument of a _stat function, checked as CPython's C code checks it
    (an unsigned 32-bit mode_t)."""
    if kwargs:
        raise TypeError("_stat.%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("_stat.%s() takes exactly one argument (%d given)" % (name, len(args)))
    mode = args[0]
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode >= 1 << 32:
        raise OverflowError("mode out of range")
    return int(mode)


def S_IMODE(*args, **kwargs):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _mode("S_IMODE", args, kwargs) & 0o7777


def S_IFMT(*args, **kwargs):
    """Return the portion of the file's mode that describes the file type."""
    return _mode("S_IFMT", args, kwargs) & 0o170000


def _type_test(name, kind, what):
    def test(*args, **kwargs):
        return kind != 0 and _mode(name, args, kwargs) & 0o170000 == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "%s(mode) -> bool\n\nReturn True if mode is from %s." % (name, what)
    return test


S_ISDIR = _type_test("S_ISDIR", S_IFDIR, "a directory")
S_ISCHR = _type_test("S_ISCHR", S_IFCHR, "a character special device file")
S_ISBLK = _type_test("S_ISBLK", S_IFBLK, "a block special device file")
S_ISREG = _type_test("S_ISREG", S_IFREG, "a regular file")
S_ISFIFO = _type_test("S_ISFIFO", S_IFIFO, "a FIFO pipe")
S_ISLNK = _type_test("S_ISLNK", S_IFLNK, "a symbolic link")
S_ISSOCK = _type_test("S_ISSOCK", S_IFSOCK, "a socket")
S_ISDOOR = _type_test("S_ISDOOR", 0, "a door")
S_ISPORT = _type_test("S_ISPORT", 0, "an event port")
S_ISWHT = _type_test("S_ISWHT", 0, "a whiteout")

# Each position of filemode()'s string: (bits, letter) pairs, the first one whose bits are
# all set wins; none: '-'.
_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
     (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)

_FILE_TYPE_LETTERS = {S_IFDIR: "d", S_IFCHR: "c", S_IFBLK: "b", S_IFREG: "-", S_IFIFO: "p",
                      S_IFLNK: "l", S_IFSOCK: "s"}


def filemode(*args, **kwargs):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _mode("filemode", args, kwargs)
    # The C version (the one CPython uses) matches the type bits exactly: '?' for others.
    out = [_FILE_TYPE_LETTERS.get(mode & 0o170000, "?")]
    for table in _filemode_table[1:]:
        for bits, letter in table:
            if mode & bits == bits:
                out.append(letter)
                break
        else:
            out.append("-")
    return "".join(out)
