#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# A Latin-1 file: each byte is one character.
s = "café crème brûlée © ½"
print(s, len(s), [hex(ord(c)) for c in s if ord(c) > 127])
print(s.encode("utf-8"))
print(compile(b"# coding: latin-1\nx = \"\xe9\"\n", "f", "exec").co_filename)
ns = {}
exec(b"# coding: latin-1\nv = \"\xe9\xe8\"\n", ns)
print(ns["v"], len(ns["v"]))
exec(b"\xef\xbb\xbfw = 5\n", ns)
print(ns["w"])
for src in (b"# coding: nope\n", b"# coding: ascii\nx = \"\xc3\xa9\"\n", b"\xef\xbb\xbf# coding: latin-1\n"):
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
exec("# coding: nope\nprint(\"str sources ignore the declaration\")")
