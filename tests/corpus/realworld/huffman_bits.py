# A deflate-like codec: canonical Huffman code construction, an LSB-first bit writer into a
# bytearray, and a bit reader over bytes that decodes it again; plus LZ77-style
# back-references. Prints sizes and checksums.
import heapq
from collections import Counter


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, n):
        self.acc |= (value & ((1 << n) - 1)) << self.nbits
        self.nbits += n
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def write_code(self, code, length):
        # Huffman codes are sent most significant bit first, as deflate does.
        rev = int(format(code, f"0{length}b")[::-1], 2) if length else 0
        self.write(rev, length)

    def finish(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
        self.acc = self.nbits = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.view = data
        self.pos = 0
        self.acc = 0
        self.nbits = 0

    def need(self, n):
        while self.nbits < n:
            byte = self.view[self.pos] if self.pos < len(self.view) else 0
            self.pos += 1
            self.acc |= byte << self.nbits
            self.nbits += 8

    def read(self, n):
        self.need(n)
        v = self.acc & ((1 << n) - 1)
        self.acc >>= n
        self.nbits -= n
        return v

    def read_bit(self):
        return self.read(1)


def code_lengths(freqs, limit=15):
    heap = [(f, i, (sym,)) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    lengths = Counter()
    if len(heap) == 1:
        return {heap[0][2][0]: 1}
    tick = len(heap)
    while len(heap) > 1:
        f1, _, s1 = heapq.heappop(heap)
        f2, _, s2 = heapq.heappop(heap)
        for s in s1 + s2:
            lengths[s] += 1
        heapq.heappush(heap, (f1 + f2, tick, s1 + s2))
        tick += 1
    assert max(lengths.values()) <= limit
    return dict(lengths)


def canonical(lengths):
    codes = {}
    code = 0
    prev_len = 0
    for sym, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev_len
        codes[sym] = (code, length)
        code += 1
        prev_len = length
    return codes


class Decoder:
    def __init__(self, lengths):
        self.table = {}
        for sym, (code, length) in canonical(lengths).items():
            self.table[(length, code)] = sym

    def decode(self, reader):
        code = length = 0
        while True:
            code = (code << 1) | reader.read_bit()
            length += 1
            sym = self.table.get((length, code))
            if sym is not None:
                return sym
            if length > 20:
                raise ValueError("bad code")


def lz_tokens(data, window=255):
    i = 0
    tokens = []
    while i < len(data):
        best_len = best_dist = 0
        start = max(0, i - window)
        for j in range(start, i):
            k = 0
            while k < 34 and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_dist = k, i - j
        if best_len >= 3:
            tokens.append((256 + best_len, best_dist))
            i += best_len
        else:
            tokens.append((data[i], 0))
            i += 1
    tokens.append((256, 0))
    return tokens


def compress(data):
    tokens = lz_tokens(data)
    freqs = Counter(sym for sym, _ in tokens)
    lengths = code_lengths(freqs)
    codes = canonical(lengths)
    w = BitWriter()
    w.write(len(lengths), 9)
    for sym in sorted(lengths):
        w.write(sym, 9)
        w.write(lengths[sym], 4)
    for sym, dist in tokens:
        w.write_code(*codes[sym])
        if sym > 256:
            w.write(dist, 8)
    return w.finish()


def decompress(blob):
    r = BitReader(blob)
    n = r.read(9)
    lengths = {}
    for _ in range(n):
        sym = r.read(9)
        lengths[sym] = r.read(4)
    dec = Decoder(lengths)
    out = bytearray()
    while True:
        sym = dec.decode(r)
        if sym == 256:
            break
        if sym < 256:
            out.append(sym)
        else:
            dist = r.read(8)
            for _ in range(sym - 256):
                out.append(out[-dist])
    return bytes(out)


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


samples = [
    b"abracadabra " * 20,
    bytes(range(256)),
    "the quick brown fox jumps over the lazy dog; ".encode() * 8 + "déjà vu ✓".encode("utf-8"),
    bytes((i * i + 7 * i) % 13 + 97 for i in range(600)),
    b"a",
]
for data in samples:
    blob = compress(data)
    back = decompress(bytearray(blob))
    print(len(data), len(blob), back == data, f"{adler32(data):08x}", blob[:12].hex(" "), blob[-4:].hex())
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO!"
ba.extend(b"??")
del ba[-1]
ba[1] ^= 0x20
print(ba, ba.find(b"wor"), ba.count(b"l"), ba.upper(), ba.split(b" "), bytes(reversed(ba))[:4])
print(int.from_bytes(b"\x01\x02\x03", "little"), (513).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
