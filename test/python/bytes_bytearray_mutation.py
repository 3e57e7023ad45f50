# bytearray mutated in hot loops (item assignment, slice assignment, extend, del, insert),
# bytes building, hex/fromhex, translate, and errors (value out of range, immutable bytes).


def xor_in_place(buf, key):
    for i in range(len(buf)):
        buf[i] ^= key[i % len(key)]
    return buf


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def unrle(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out.extend(data[k + 1:k + 2] * data[k])
    return out


def edit(ba):
    ba[0:2] = b"XYZ"
    del ba[-1]
    ba.insert(1, 33)
    ba[::2] = bytes(len(ba[::2]))
    ba.append(0x7F)
    ba += b"!"
    return ba


def checksum(b):
    s = 0
    for byte in b:
        s = (s * 257 + byte) & 0xFFFFFFFF
    return s


buf = bytearray(b"hello world, hello bytes")
for i in range(60):
    xor_in_place(buf, b"k3y")
    rle(b"aaabccccd")
    checksum(buf)
print(buf, checksum(buf), xor_in_place(bytearray(b"abc"), b"\x01"))
data = b"aaaaabbbcddddddddddddde" + bytes(300)
enc = rle(data)
print(enc[:12], len(enc), unrle(enc) == data, unrle(enc)[:8])
print(edit(bytearray(b"abcdefgh")), edit(bytearray(b"012")))
ba = bytearray(b"abc")
for bad in (256, -1, "x", 1.0):
    try:
        ba[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    ba[::2] = b"toolong"
except ValueError as e:
    print("ValueError", e)
print(bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b"\x00\xff".hex(":"), bytearray(b"Ab").swapcase(), b"a,b,,c".split(b","))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"  pad ".strip(), b"%d-%s" % (5, b"x"), bytes(3), bytes([1, 2]), bytes(range(65, 70)))
print(b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"), b"abcabc".count(b"bc"))
print(list(b"\x01\x02"), b"x"[0], b"xy"[::-1], bytearray(b"xyz").pop(), bytearray(b"hello").replace(b"l", b"L"), bytearray(5)[1:3])
ba = bytearray(b"0123456789")
ba[2:8] = b""
ba[1:1] = b"--"
ba.reverse()
print(ba, ba.decode(), bytes(ba).isdigit(), ba.zfill(8) if False else bytes(ba).zfill(12))
