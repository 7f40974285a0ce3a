# A toy block cipher (substitution-permutation network) over bytes/bytearray, in the spirit
# of crypto_pyaes: table lookups, xor, shifts, slicing.
SBOX = bytes((i * 167 + 13) % 256 for i in range(256))
assert len(set(SBOX)) == 256
INV = bytearray(256)
for i, s in enumerate(SBOX):
    INV[s] = i

def rotl8(x, n):
    return ((x << n) | (x >> (8 - n))) & 0xFF

def expand_key(key, rounds):
    ks = []
    w = list(key)
    for r in range(rounds):
        w = [SBOX[b] ^ rotl8(w[(i + 1) % 16], (r % 7) + 1) ^ r for i, b in enumerate(w)]
        ks.append(bytes(w))
    return ks

def encrypt_block(block, ks):
    s = bytearray(block)
    for rk in ks:
        for i in range(16):
            s[i] = SBOX[s[i] ^ rk[i]]
        s = s[5:] + s[:5]
        for i in range(0, 16, 4):
            a, b, c, d = s[i:i + 4]
            s[i:i + 4] = bytes((a ^ b, b ^ c, c ^ d, d ^ a ^ b ^ c))
    return bytes(s)


def cbc_mac(data, ks):
    iv = bytes(16)
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16].ljust(16, b"\0")
        iv = encrypt_block(bytes(x ^ y for x, y in zip(chunk, iv)), ks)
    return iv

key = bytes(range(16))
ks = expand_key(key, 10)
msg = ("The quick brown fox jumps over the lazy dog. " * 40).encode()
mac = cbc_mac(msg, ks)
print(mac.hex(), len(msg))
blocks = [encrypt_block(msg[i:i + 16], ks) for i in range(0, 320, 16)]
print(blocks[0].hex(), blocks[-1][:4], sum(map(sum, blocks)))
ba = bytearray(b"".join(blocks))
ba[::7] = bytes(len(ba[::7]))
print(ba.count(0), ba.find(b"\0\0"), int.from_bytes(ba[:8], "big"), int.from_bytes(ba[-8:], "little"))
print(bytes.fromhex("deadbeef").hex("-"))
