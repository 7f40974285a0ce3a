strings = ['', 'a', "'", '"', '\'"', 'a\'b"c', '\\', '\n\r\t', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xa1\xad\xff', 'é日本\U0001f600', '\u0300\u034f\u200b\u200d\u2028\u2029\u202e\u2060\ufeff\ufffd\ufffe\uffff', '\ud7ff\ue000\uf8ff\U000f0000\U0010ffff', '\U000e0001\U000e0020\U000e0100\U0001d173', '\u0378\u0530\u05ff\u0e3b', 'x' * 3 + '\x1b[0m']
for s in strings:
    print(repr(s), ascii(s), len(repr(s)))
print([repr(chr(c)) for c in range(0x80, 0x100)])
print(ascii(''.join(chr(c) for c in range(0x100, 0x3000) if not chr(c).isprintable())[:200]))
for b in [b'', b'abc', b"'", b'"', b'\'"', b'\x00\xff\n\\\t\r', bytes(range(0, 256, 7)), bytearray(b'xy'), bytearray()]:
    print(repr(b), str(b))
print(repr(['a', "b'", ('c',), {'d': 'é'}]))
