# textwrap's chunking (native _textwrap.split): CPython's wordsep_re / wordsep_simple_re.
import textwrap

w = textwrap.TextWrapper()
cases = [
    "Hello there, how-are you?",
    "a--b  well--done x-y",
    "--lead and trail--",
    "abc-def-ghi one-two-three a-b-c 12-34 ab-1c",
    "x---y a-- --b e-mail re-do-it",
    "tabs\tand\nnewlines\x0b\x0cform\rfeeds",
    "nbsp\u00a0stays em\u2003space too",
    "é-à ß-ü ٣-٤ naïve-café",
    "",
    "   ",
    "word",
    "end.\" Next! Then? 'quote' \"x\"--y",
]
for text in cases:
    print(repr(text))
    print(" hyphens:", w._split(text))
    w.break_on_hyphens = False
    print(" simple: ", w._split(text))
    w.break_on_hyphens = True
    print(" munged: ", repr(w._munge_whitespace(text)))

# CPython picks wordsep_re only when break_on_hyphens `is True`.
w2 = textwrap.TextWrapper(break_on_hyphens=1)
print(w2._split("one-two three-four"))
print(textwrap.wrap("one-two three-four five-six", width=9, break_on_hyphens=1))
print(textwrap.wrap("one-two three-four five-six", width=9))

# Long texts through the whole wrap.
words = ("lorem ipsum dolor-sit amet, consectetur adipiscing elit. Sed do--eiusmod "
         "tempor incididunt ut labore et dolore magna aliqua").split()
text = " ".join(words[(i * 7) % len(words)] for i in range(400))
lines = textwrap.wrap(text, width=37)
print(len(lines), lines[:3], lines[-1])
print(textwrap.fill(text[:500], width=23, fix_sentence_endings=True))
print(textwrap.wrap("tab\there  and\tthere", width=10, expand_tabs=False))
print(textwrap.wrap("tab\there  and\tthere", width=10, replace_whitespace=False))
print(textwrap.wrap("tab\there  and\tthere", width=10, tabsize=4))
try:
    w._split(b"bytes")
except TypeError as e:
    print("TypeError")
