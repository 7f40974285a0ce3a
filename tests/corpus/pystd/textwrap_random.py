import random
from textwrap import wrap, TextWrapper
random.seed(5)
words = ["a", "bb", "ccc", "well-known", "x-y", "--", "a--b", "--flag", "e-mail", "1-2", "ab-cd-ef", "word.", "Hi!", "--x--", "-", "---", "re-re-re", "ab-c", "a-bc", "q?-r", "x\ty", "  ", "tail-", "\u00e9t\u00e9-ci"]
out = []
for k in range(300):
    text = " ".join(random.choice(words) for _ in range(random.randint(1, 12)))
    w = random.randint(1, 20)
    out.append((text, w, wrap(text, w), wrap(text, w, break_on_hyphens=False, break_long_words=bool(k % 2)), wrap(text, w, max_lines=2) if w > 6 else None))
for o in out:
    print(o)
