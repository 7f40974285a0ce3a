for s in ["a\tb", "a\\b", "\x00\x7f", "\u2603", "'", '"', "\a\b\f\v", "é\n", "\x1b[0m"]:
    print(repr(s), len(s))
print(repr("tab\there"), ascii("snow\u2603man"), ascii("é"))
print("\101\x42\u0043\U00000044")
print(r"\d+\.\d*", len(r"\n"))
print("a" "\
b")
print(ord("\n"), chr(65), chr(0x263A))
print(repr(b"\x00\xff\n'"), repr(b'"'))
