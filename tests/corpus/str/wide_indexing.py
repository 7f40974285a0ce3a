# Non-ASCII text indexed by code point: single items, slices and find/index results stay
# right (and linear in loops) for plain, concatenated and sliced strs.

text = "".join("aé€😀"[i % 4] * (1 + i % 3) for i in range(3000))
print(len(text), len(text.encode()))
n = 0
for i in range(len(text)):
    if text[i] == "€":
        n += 1
print(n, text[0], text[1], text[-1], text[-2], text[1234], text[len(text) // 2])
print(text[100:110], text[-10:], text[5:40:7], text[::-500], len(text[1000:5000]))

pos, hits = 0, 0
while True:
    pos = text.find("😀a", pos + 1)
    if pos == -1:
        break
    hits += 1
    last = pos
print(hits, last, text.rfind("aé"), text.index("😀", 2000), text.find("€", 100, 110), text.count("é😀"))
print(text.find("a", 5990), text.rfind("é", 0, 50), text.find("zz"), text.find("", 5000))

run = ""
for i in range(2000):
    run += "ñ" if i % 5 else "x"
print(len(run), run[1999], run[1000:1006], run.find("x", 1001), run.rfind("x", 0, 1999), run[::400])
joined = text + run
print(len(joined), joined[len(text) - 2 : len(text) + 3], joined.index("x", len(text) - 5))

for s in (text, run, joined, text[10:3000]):
    i = len(s) // 3
    assert s[i] == list(s)[i] and s[i:i + 50] == "".join(list(s)[i:i + 50])
print("ok", [s.isascii() for s in (text, run, text[:1])], ascii(text[20:26]))
