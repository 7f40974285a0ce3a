import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, "
        "judge my vow. A well-known, state-of-the-art, high-performance editor--really "
        "fast--handles e-mail and self-referential co-operation in 2-3 seconds.")
for w in (10, 15, 20, 33, 40, 60, 80):
    print(w, wrap(text, w))
print(fill(text, 30))
print(fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(wrap("Supercalifragilisticexpialidocious is long", 10))
print(wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(wrap("a-very-long-hyphenated-compound-word-here ok", 12))
print(wrap("a-very-long-hyphenated-compound-word-here ok", 12, break_on_hyphens=False))
print(wrap("   leading spaces and   internal    runs   ", 12))
print(wrap("   leading spaces and   internal    runs   ", 12, drop_whitespace=False))
print(wrap("tabs\there\tand\nnewlines\nhere", 12))
print(wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(wrap("tabs\there", 40, tabsize=4))
print(wrap("", 10), wrap("   ", 10), wrap("x", 1))
print(wrap("One sentence. Two sentences. Three! Ok", 60, fix_sentence_endings=True))
print(wrap(text, 30, max_lines=3))
print(wrap(text, 30, max_lines=2, placeholder=" ..."))
print(shorten("Hello  world!", width=12))
print(shorten("Hello  world!", width=11))
print(shorten("Hello world", width=10, placeholder="..."))
print(shorten(text, 50))
print(repr(shorten("   ", 10)))
try:
    wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
tw = TextWrapper(width=18, initial_indent="> ", subsequent_indent=">> ")
print(tw.wrap(text[:90]))
tw.width = 25
print(tw.fill("numbers 1234-5678 and x-y and well--known and --flag and a--b"))
print(wrap("numbers 1234-5678 and x-y and well--known and --flag and a--b", 8))

src = """
    def f():
        return 1
      
    # comment
"""
print(repr(dedent(src)))
print(repr(dedent("  a\n\tb\n  c")))
print(repr(dedent("\t  a\n\t  b\n\t c")))
print(repr(dedent("no indent\n  x")))
print(repr(dedent("    x\n   \n    y\n")))
print(repr(indent("a\nb\n\nc", "> ")))
print(repr(indent("a\nb\n\n  \nc\n", "+ ", lambda line: True)))
print(repr(indent("a\r\nb", "-")))
print(textwrap.fill("short", 70) == "short")
