# SyntaxWarnings CPython issues before a SyntaxError: the tokenizer's for the whole file
# (numbers run into keywords), the parser's for the strings of the statements before it.
import re

pattern = re.compile("\d+")
if pattern:
    print(pattern, "\q")
words = [w for w in "ab"if w]
x = (1 +)
later = "\w"
y = 1if x else 2
