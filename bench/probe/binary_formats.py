"""Binary records: struct/array/base64/hashlib/bisect/json/re over a synthetic log."""
import struct
import array
import base64
import hashlib
import bisect
import json
import re
import binascii
from collections import namedtuple

REC = struct.Struct("<IhHdB3s")
Entry = namedtuple("Entry", "ts level code value flags tag")

LINE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d:\d\d) \[(?P<lvl>[A-Z]+)\] (?P<user>\w+)@(?P<host>[\w.]+): (?P<msg>.*)")

def make_lines(n):
    lvls = ["INFO", "WARN", "ERROR", "DEBUG"]
    out = []
    for i in range(n):
        out.append(f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} {i % 24:02d}:{i * 7 % 60:02d}:{i * 13 % 60:02d} "
                   f"[{lvls[i * 7 % 4]}] user{i % 37}@host{i % 5}.example.org: request id={i * 7919 % 10007} took {i * 31 % 997}ms")
    return out

def pack_all(entries):
    buf = bytearray()
    for e in entries:
        buf += REC.pack(*e)
    return bytes(buf)

def main():
    lines = make_lines(20000)
    entries = []
    by_level = {}
    for ln in lines:
        m = LINE.match(ln)
        d = m.groupdict()
        by_level[d["lvl"]] = by_level.get(d["lvl"], 0) + 1
        ms = int(re.search(r"took (\d+)ms", d["msg"]).group(1))
        ts = int(d["time"][:2]) * 3600 + int(d["time"][3:5]) * 60 + int(d["time"][6:])
        entries.append(Entry(ts, -len(d["user"]), ms, ms / 7, len(d["lvl"]), d["host"][:3].encode()))
    print(sorted(by_level.items()), m.span("user"), m.group("host", "lvl"), m.lastgroup)
    blob = pack_all(entries)
    print(len(blob), REC.size, REC.format, hashlib.sha256(blob).hexdigest()[:32], hashlib.md5(blob).hexdigest())
    print(hashlib.sha1(b"abc").hexdigest(), hashlib.new("sha512", b"x").hexdigest()[:24], hashlib.blake2b(b"k", digest_size=8).hexdigest())
    back = [Entry(*t) for t in REC.iter_unpack(blob)]
    print(back[5], back == entries, struct.unpack_from("<I", blob, REC.size * 2))
    print(struct.pack(">hHi?", -2, 65535, -7, True), struct.pack("<q", -1).hex(), struct.calcsize("@ibd"), struct.pack("!f", 1.1).hex())
    enc = base64.b64encode(blob[:48])
    print(enc.decode()[:40], base64.b64decode(enc) == blob[:48], base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hello"), base64.b16encode(b"\x00\xab"))
    print(base64.a85encode(b"Edge Python")[:20], binascii.hexlify(b"\x01\x02", "-"), binascii.crc32(blob), binascii.crc_hqx(blob[:100], 0))
    arr = array.array("d", (e.value for e in entries))
    ints = array.array("i", sorted(e.code for e in entries))
    print(arr.typecode, arr.itemsize, len(arr), round(sum(arr), 6), ints[:5], ints[-3:], ints.count(0), array.array("b", b"\x01\xff").tolist())
    ia = array.array("H", [1, 2, 3])
    ia.byteswap()
    print(ia, ia.tobytes(), repr(array.array("f", [0.5, 1.25])))
    keys = [e.ts for e in sorted(entries, key=lambda e: e.ts)]
    qs = [0, 3600, 43200, 86399, 99999]
    print([bisect.bisect_left(keys, q) for q in qs], [bisect.bisect_right(keys, q) for q in qs])
    grades = "FDCBA"
    print("".join(grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]))
    ins = []
    for v in [5, 1, 4, 1, 5, 9, 2, 6]:
        bisect.insort(ins, v)
    print(ins, bisect.bisect_left(entries, 1000, key=lambda e: e.code) if False else bisect.bisect(ins, 5, lo=2, hi=6))
    doc = {"count": len(entries), "levels": by_level, "first": entries[0]._asdict(), "ratio": 2 / 3,
           "nested": [1, [2, {"z": None, "a": True}], 1e20, -0.0], "text": "é\u2603\n\"q\""}
    doc["first"]["tag"] = doc["first"]["tag"].decode()
    s1 = json.dumps(doc, indent=2, sort_keys=True)
    s2 = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    print(s1[:200])
    print(s2[-90:], len(s1), len(s2))
    print(json.dumps({"d": {1, 2}}, default=sorted), json.dumps([float("inf")]), json.loads(s1) == json.loads(s2))
    try:
        json.dumps({"b": b"x"})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.loads('{"a": [1, 2,]}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    red = re.sub(r"user(\d+)@(\w+)", lambda m: f"<{int(m.group(1)) * 2}:{m.group(2).upper()}>", lines[7])
    print(red, re.sub(r"(?P<n>\d+)ms", r"\g<n> ms", lines[3]), re.subn(r"o", "0", "foo boo")[1])
    hits = [(m.start(), m.group()) for m in re.finditer(r"\b\d{3,}\b", lines[123])]
    print(hits, re.split(r"[\s:@]+", lines[0])[:6], re.findall(r"(\w)(\d)", "a1 b2 c3"), re.fullmatch(r"[a-z]+", "abc1"))
    print(re.compile(r"(?i)ERROR|warn").findall(" ".join(lines[:8])), re.escape("a.b*c"), bool(re.search(r"^\d", "x\n1", re.M)))

main()
