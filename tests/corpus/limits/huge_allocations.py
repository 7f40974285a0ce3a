# Sizes no memory can hold raise MemoryError (or CPython's OverflowError for a C int), never
# abort the process: Rust aborts when an allocation fails, so every size a program chooses
# is checked before it is allocated.
cases = [
    "bytearray(2**62)", "bytes(2**62)", "bytearray(2**63)", "bytes(10**20)", "bytearray(-1)",
    "[0] * 2**62", "[None] * 2**61", "(0,) * 2**62", "'a' * 2**62", "bytearray(b'x') * 2**62",
    "'ab'.ljust(2**62)", "'ab'.rjust(2**62, '*')", "'x'.center(2**62)", "'x'.zfill(2**62)",
    "b'x'.ljust(2**62)", "b'x'.center(2**62)", "bytearray(b'1').zfill(2**62)",
    "'%*d' % (2**62, 1)", "'%9999999999999999999d' % 1", "'{:>{}}'.format(1, 2**62)", "format(1, '99999999999999999')",
    "list(range(2**62))", "list(range(0, 2**63 - 1, 2))",
    "'a\\tb'.expandtabs(2**31)", "b'a\\tb'.expandtabs(-2**31 - 1)", "'a\\tb'.expandtabs(2**70)",
]
for expr in cases:
    try:
        r = eval(expr)
        print(expr, "->", len(r))
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__, str(e))
# Precisions past Rust's formatter limit (65535) are written out in full, as CPython does.
for spec in ("{:.99999999999f}", "{:.2147483648f}", "{:.100000f}", "{:.70000e}", "{:.70000g}", "{:#.70000g}"):
    try:
        r = spec.format(1.5)
        print(spec, len(r), r[:12], r[-12:], r.count("0"))
    except ValueError as e:
        print(spec, "ValueError", e)
r = "%.70000e|%.70000f" % (2.5e-300, 1 / 3)
print(len(r), r.count("0"), r[-30:])
print(len("a\tb".expandtabs(-2**31)), len(bytearray(1000)), len("x".ljust(10**6)), f"{1:>7}|", "%*d|" % (-4, 5))
