"""A pyflate-flavoured workload: bit-level readers/writers, canonical Huffman codes,
a hand-rolled CRC-32 and Adler-32, and struct-framed records."""
import struct
import binascii
from collections import Counter


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, count):
        # LSB-first, as deflate does
        self.acc |= (value & ((1 << count) - 1)) << self.nbits
        self.nbits += count
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def flush(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
            self.acc = 0
            self.nbits = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = memoryview(data)
        self.pos = 0

    def read(self, count):
        value = 0
        for i in range(count):
            byte = self.data[self.pos >> 3]
            bit = (byte >> (self.pos & 7)) & 1
            value |= bit << i
            self.pos += 1
        return value

    def read_rev(self, count):
        value = 0
        for _ in range(count):
            value = (value << 1) | self.read(1)
        return value


def code_lengths(freqs):
    # package-free Huffman: repeatedly merge the two lightest nodes
    import heapq
    heap = [(f, i, (sym,)) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    lengths = {sym: 0 for sym in freqs}
    if len(heap) == 1:
        return {heap[0][2][0]: 1}
    tick = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        for sym in a + b:
            lengths[sym] += 1
        heapq.heappush(heap, (f1 + f2, tick, a + b))
        tick += 1
    return lengths


def canonical_codes(lengths):
    ordered = sorted((l, s) for s, l in lengths.items() if l)
    codes = {}
    code = 0
    prev = ordered[0][0]
    for l, s in ordered:
        code <<= (l - prev)
        codes[s] = (code, l)
        code += 1
        prev = l
    return codes


def crc32(data):
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for ch in data:
        a = (a + ch) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def encode(text):
    data = text.encode("utf-8")
    lengths = code_lengths(Counter(data))
    codes = canonical_codes(lengths)
    w = BitWriter()
    for b in data:
        code, l = codes[b]
        # write MSB-first inside an LSB-first stream, like deflate's Huffman codes
        for i in range(l - 1, -1, -1):
            w.write((code >> i) & 1, 1)
    return data, lengths, w.flush()


def decode(payload, lengths, count):
    codes = canonical_codes(lengths)
    table = {(c, l): s for s, (c, l) in codes.items()}
    r = BitReader(payload)
    out = bytearray()
    while len(out) < count:
        code = 0
        l = 0
        while True:
            code = (code << 1) | r.read(1)
            l += 1
            if (code, l) in table:
                out.append(table[code, l])
                break
    return bytes(out)


TEXT = ("The quick brown fox jumps over the lazy dog. " * 3
        + "Pack my box with five dozen liquor jugs! \u00e9\u00e8\u00ea \u2603 " * 2
        + "0123456789" * 4)

data, lengths, payload = encode(TEXT)
print("raw", len(data), "packed", len(payload), "ratio", f"{len(payload) / len(data):.4f}")
print("longest code", max(lengths.values()), "symbols", len(lengths))
back = decode(payload, lengths, len(data))
assert back == data
print("roundtrip ok", back.decode()[:20])
print("crc", hex(crc32(data)), crc32(data) == binascii.crc32(data))
print("adler", f"{adler32(data):#010x}")
print("payload head", payload[:12].hex(" "), payload[:6])

# struct framing: header + a table of (symbol, length) pairs
items = sorted(lengths.items())
header = struct.pack("<4sHHI", b"HUF1", len(items), len(payload), crc32(data))
body = b"".join(struct.pack("<BB", s, l) for s, l in items)
frame = header + body + payload
print("frame", len(frame), struct.calcsize("<4sHHI"), frame[:4], frame[4:8].hex())
magic, n, plen, crc = struct.unpack_from("<4sHHI", frame)
table = dict(struct.iter_unpack("<BB", frame[12:12 + 2 * n]))
assert table == lengths and plen == len(payload)
print("unpacked", magic.decode("ascii"), n, plen, f"{crc:08X}")

# bit tricks that real decoders lean on
vals = [0, 1, 5, 255, 256, 1023, 2 ** 31 - 1, 2 ** 64 + 3, -7]
for v in vals:
    print(v, v.bit_length(), bin(v), format(v & 0xFFFF, "016b"), v.bit_count() if v >= 0 else (-v).bit_count(),
          (v).to_bytes(9, "big", signed=True).hex())
w = BitWriter()
for i in range(1, 17):
    w.write(i * 37, i % 9 + 1)
blob = w.flush()
r = BitReader(blob)
print([r.read(i % 9 + 1) for i in range(1, 17)])
r = BitReader(blob)
print([r.read_rev(3) for _ in range(10)])
print(int.from_bytes(blob[:5], "little"), int.from_bytes(blob[:5], "big", signed=True))
ba = bytearray(blob)
ba[1:3] = b"\xff\x00\x7f"
ba.extend(range(5))
del ba[::4]
print(ba, ba.count(0), ba.find(b"\x7f"), bytes(reversed(ba)).hex("-", 2))
print(struct.pack(">hHiIqQfd", -2, 65535, -3, 7, -1, 2**63, 1.5, -0.1).hex())
print(struct.unpack(">3xb?c", b"abc\xff\x01z"))
print(binascii.hexlify(b"\x00\x10", "-"), binascii.unhexlify("cafe"), binascii.b2a_base64(b"bits").strip())
