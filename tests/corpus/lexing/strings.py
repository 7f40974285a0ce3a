# Every string literal form.
print('single', "double")
print('''triple single''', """triple double""")
print("multi\nline")
print("""a
b
c""")
print('it\'s', "say \"hi\"")
print(r"raw \n stays", R'raw \t too')
print("tab\tend", "bell-less \\ backslash")
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == "\U0001f600")
print("\N{GREEK SMALL LETTER ALPHA}")
print("adjacent" ' literals' """ join""")
print(len("\0"), repr("\0"))
print(repr('mixed "quotes"'), repr("mixed 'quotes'"), repr("both ' and \""))
s = "line one\
 continued"
print(s)
print(b"bytes", rb"raw\bytes", Br"X\n")
print(u"unicode prefix")
print(repr("\r\n\t\\"))
print("é" * 3, len("日本語"))
print(repr(''), repr(""""""))
