# Bit-level reading and a Huffman encode/decode over bytes (pyflate-like twiddling).
import heapq


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value, width):
        self.acc |= value << self.n
        self.n += width
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def finish(self):
        if self.n:
            self.out.append(self.acc & 0xFF)
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def bit(self):
        b = (self.data[self.pos >> 3] >> (self.pos & 7)) & 1
        self.pos += 1
        return b


def huffman_codes(freq):
    heap = [(f, i, (sym,)) for i, (sym, f) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    codes = {sym: "" for sym in freq}
    tick = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        for s in a:
            codes[s] = "0" + codes[s]
        for s in b:
            codes[s] = "1" + codes[s]
        heapq.heappush(heap, (f1 + f2, tick, a + b))
        tick += 1
    return codes


def make_data(n):
    x = 12345
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) % 23 + ((x >> 8) & 3) * 40)
    return bytes(out)


data = make_data(60000)
freq = {}
for b in data:
    freq[b] = freq.get(b, 0) + 1
codes = huffman_codes(freq)
w = BitWriter()
for b in data:
    c = codes[b]
    w.write(int(c[::-1], 2), len(c))
packed = w.finish()
tree = {}
for sym, c in codes.items():
    tree[c] = sym
r = BitReader(packed)
decoded = bytearray()
cur = ""
while len(decoded) < len(data):
    cur += "1" if r.bit() else "0"
    s = tree.get(cur)
    if s is not None:
        decoded.append(s)
        cur = ""
assert bytes(decoded) == data
crc = 0
for b in packed:
    crc = ((crc << 5) ^ (crc >> 27) ^ b) & 0xFFFFFFFF
print(len(data), len(packed), len(codes), crc, hex(int.from_bytes(packed[:16], "little")))
