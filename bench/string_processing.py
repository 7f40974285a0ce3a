text = ("The quick brown fox jumps over the lazy dog. " * 20 + "\n") * 30000
lines = text.splitlines()
words = 0
upper = 0
vowels = 0
for line in lines:
    ws = line.split()
    words += len(ws)
    upper += len(line.upper().replace("THE", "A"))
    vowels += sum(line.count(v) for v in "aeiou")
rev = "".join(reversed(text[:100_000]))
pal = sum(1 for w in text[:200_000].split() if w == w[::-1])
print(words, upper, vowels, len(rev), pal, text.find("lazy", 1000), "-".join(lines[0].split()[:4]).title())
