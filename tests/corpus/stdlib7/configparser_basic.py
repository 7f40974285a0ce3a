import configparser
import io

SRC = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path = /home/%(user)s/repo
pct = 100%%

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    fourth after blank
empty =
colon: value with = sign
"""

cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections())
print(cp.defaults())
print(cp.has_section("forge.example"), cp.has_section("nope"), cp.has_section("DEFAULT"))
print(cp.options("forge.example"))
print(cp.get("forge.example", "user"), cp.get("forge.example", "PATH"))
print(cp.get("forge.example", "path", raw=True), cp.get("forge.example", "pct"))
print(repr(cp.get("topsecret.server.example", "multi")))
print(repr(cp.get("topsecret.server.example", "empty")))
print(cp.get("topsecret.server.example", "colon"))
print(cp.getint("topsecret.server.example", "port"), cp.getfloat("DEFAULT", "compressionlevel"))
print(cp.getboolean("forge.example", "forwardx11"), cp.getboolean("topsecret.server.example", "forwardx11"))
print(cp.get("forge.example", "missing", fallback="fb"), cp.getint("nosect", "x", fallback=7))
print(cp.get("forge.example", "path", vars={"user": "override"}))
print(cp.items("forge.example"))
print(cp.items("forge.example", raw=True))
print([name for name, proxy in cp.items()])
print(list(cp), len(cp), "DEFAULT" in cp, "forge.example" in cp, "x" in cp)
sec = cp["forge.example"]
print(sec, sec.name, sec.parser is cp, sec["user"], sec.get("nokey"), sec.get("nokey", "dflt"))
print(sec.getint("compressionlevel"), sec.getboolean("compression"), sec.getfloat("nokey", 1.5))
print(list(sec), len(sec), "user" in sec, "USER" in sec, "zzz" in sec)
print(dict(cp["DEFAULT"]))
print(cp.has_option("forge.example", "User"), cp.has_option("forge.example", "compression"),
      cp.has_option("nosect", "user"), cp.has_option("", "compression"))

for call in [lambda: cp.get("nosect", "x"), lambda: cp.get("forge.example", "nokey"),
             lambda: cp.options("nosect"), lambda: cp.add_section("forge.example"),
             lambda: cp.add_section("DEFAULT"), lambda: cp["nosect"],
             lambda: cp.getint("forge.example", "user"),
             lambda: cp.getboolean("forge.example", "user"),
             lambda: cp.set("nosect", "a", "b"), lambda: cp.set("forge.example", "a", 1),
             lambda: cp.set("forge.example", "a", "50%"),
             lambda: cp.add_section(3), lambda: cp.items("nosect"),
             lambda: sec["nokey"], lambda: cp.__delitem__("DEFAULT"),
             lambda: cp.__delitem__("nosect")]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e, e.args)

cp.add_section("new")
cp.set("new", "Key", "Value")
cp["new"]["other"] = "x"
cp["made"] = {"a": 1, "B": "bee", "c": "three"}
print(cp.sections(), cp["made"]["b"], dict(cp["made"]))
print(cp.remove_option("new", "key"), cp.remove_option("new", "key"), cp.remove_section("made"),
      cp.remove_section("made"))
del cp["new"]["other"]
del cp["new"]
print(cp.sections())
try:
    cp.remove_option("nosect", "a")
except configparser.NoSectionError as e:
    print("NoSectionError", e.section)

out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

# Errors while reading.
bad_inputs = [
    "key = value\n",
    "[a]\nx = 1\n[a]\n",
    "[a]\nx = 1\nX = 2\n",
    "[a]\nnovalue\n  \nalso bad\n",
    "[a]\n=empty key\n",
]
for text in bad_inputs:
    p = configparser.ConfigParser()
    try:
        p.read_string(text, source="cfg.ini")
        print("read", p.sections())
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
        if isinstance(e, configparser.ParsingError) and hasattr(e, "errors"):
            print(e.errors)

# Non-strict parsers merge duplicates.
p = configparser.ConfigParser(strict=False)
p.read_string("[a]\nx = 1\n[a]\nx = 2\ny = 3\n")
print(p.items("a"))

# Interpolation errors.
p = configparser.ConfigParser()
p.read_string("[s]\nmissing = %(nothere)s\nbad = %(oops\nbadpct = 5%x\ndeep = %(deep)s\n"
              "ok = %(name)s!\nname = N\n")
for opt in ["missing", "bad", "badpct", "deep", "ok"]:
    try:
        print(opt, p.get("s", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, e, e.args)

# Extended interpolation.
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
cost: $$5
bad: ${nosect:x}
bad2: ${a:b:c}
bad3: $x
""")
for opt in ["my_pictures", "python_dir", "cost", "bad", "bad2", "bad3"]:
    try:
        print(opt, ext.get("Arthur", opt))
    except configparser.Error as e:
        print(type(e).__name__, e)

# Raw parser: no interpolation, allow_no_value, other delimiters and comments.
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=("=>",),
                                   comment_prefixes=("//",), inline_comment_prefixes=("#",))
raw.read_string("""[x]
flag
key => 100%(v)s  # trailing comment
// full comment
url => http://a#b
""")
print(raw.items("x"))
raw.set("x", "none")
out = io.StringIO()
raw.write(out)
print(out.getvalue())

# Defaults, read_dict, read with missing files, read_file.
p = configparser.ConfigParser(defaults={"Base": "/b", "n": "1"})
p.read_dict({"one": {"Path": "%(base)s/one", "num": 5}, 2: {"x": 1.5}})
print(p.sections(), p.get("one", "path"), p.get("2", "x"), p.getint("one", "num"))
print(p.read(["/nonexistent/a.ini", "/nonexistent/b.ini"]), p.read("/nonexistent/c.ini"))
p.read_file(io.StringIO("[fromfile]\nk = v\n"))
print(p.items("fromfile"))
try:
    p.read_file(iter(["[x]\n", "bad line\n"]))
except configparser.ParsingError as e:
    print(e)
try:
    p.read_dict({"d": {"a": 1, "A": 2}})
except configparser.DuplicateOptionError as e:
    print(e)

# No empty lines in values; optionxform override.
p = configparser.ConfigParser(empty_lines_in_values=False)
p.optionxform = str
try:
    p.read_string("[s]\nKey = a\n  b\n\n  c\n")
except configparser.ParsingError as e:
    print(e)
print(p.items("s"))
p.read_string("[t]\nKey = a\n  b\n\nother = c\n")
print(p.items("t"))

print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.ParsingError, configparser.Error),
      issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.ConfigParser, configparser.RawConfigParser))
print(repr(configparser.NoOptionError("o", "s")))
