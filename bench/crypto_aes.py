# AES-128 written from the FIPS-197 description: key expansion, rounds, CTR mode.

def xtime(b):
    b <<= 1
    if b & 0x100:
        b ^= 0x11B
    return b


def gf_mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_sbox():
    inv = [0] * 256
    for x in range(1, 256):
        for y in range(1, 256):
            if gf_mul(x, y) == 1:
                inv[x] = y
                break
    box = []
    for x in range(256):
        b = inv[x]
        s = b
        for sh in range(1, 5):
            s ^= ((b << sh) | (b >> (8 - sh))) & 0xFF
        box.append(s ^ 0x63)
    return box


SBOX = make_sbox()
MUL2 = [gf_mul(i, 2) for i in range(256)]
MUL3 = [gf_mul(i, 3) for i in range(256)]


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        w = list(words[i - 1])
        if i % 4 == 0:
            w = w[1:] + w[:1]
            w = [SBOX[b] for b in w]
            w[0] ^= rcon
            rcon = xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], w)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


class Aes:
    def __init__(self, key):
        self.round_keys = expand_key(key)

    def encrypt_block(self, block):
        state = [b ^ k for b, k in zip(block, self.round_keys[0])]
        for rnd in range(1, 11):
            state = [SBOX[b] for b in state]
            state = [state[(i + 4 * (i % 4)) % 16] for i in range(16)]
            if rnd != 10:
                mixed = []
                for c in range(4):
                    a0, a1, a2, a3 = state[4 * c:4 * c + 4]
                    mixed.append(MUL2[a0] ^ MUL3[a1] ^ a2 ^ a3)
                    mixed.append(a0 ^ MUL2[a1] ^ MUL3[a2] ^ a3)
                    mixed.append(a0 ^ a1 ^ MUL2[a2] ^ MUL3[a3])
                    mixed.append(MUL3[a0] ^ a1 ^ a2 ^ MUL2[a3])
                state = mixed
            rk = self.round_keys[rnd]
            state = [s ^ k for s, k in zip(state, rk)]
        return bytes(state)


class Counter:
    def __init__(self, start):
        self.value = bytearray(start)

    def bump(self):
        for i in range(15, -1, -1):
            self.value[i] = (self.value[i] + 1) & 0xFF
            if self.value[i]:
                break


def ctr_crypt(cipher, counter, data):
    out = bytearray()
    for pos in range(0, len(data), 16):
        ks = cipher.encrypt_block(counter.value)
        counter.bump()
        chunk = data[pos:pos + 16]
        out.extend(a ^ b for a, b in zip(chunk, ks))
    return bytes(out)


key = bytes(range(16))
# FIPS-197 appendix C.1 known answer
aes = Aes(key)
print(aes.encrypt_block(bytes.fromhex("00112233445566778899aabbccddeeff")).hex())
plain = bytes((i * 7 + 3) & 0xFF for i in range(40000))
ct = ctr_crypt(aes, Counter(b"\x00" * 12 + b"\x00\x00\x00\x01"), plain)
pt = ctr_crypt(Aes(key), Counter(b"\x00" * 12 + b"\x00\x00\x00\x01"), ct)
print(pt == plain, sum(ct), ct[:8].hex(), ct[-8:].hex())
