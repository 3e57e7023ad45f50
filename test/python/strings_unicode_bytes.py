# (output kept ASCII with ascii() so the terminal encoding does not matter)
# Unicode strings, encode/decode, bytes and bytearray manipulations.

def encode_all(words):
    return [w.encode("utf-8") for w in words]


def decode_all(blobs):
    return [b.decode("utf-8") for b in blobs]


def checksum(data):
    s = 0
    for b in data:
        s = (s * 31 + b) % 65521
    return s


def mutate(n):
    ba = bytearray(b"abc")
    for i in range(n):
        ba.append(48 + i % 10)
        ba[0] = (ba[0] + 1) % 256
    return bytes(ba)


words = ["plain", "café", "naïve", "日本語", "emoji🙂", ""]
enc = encode_all(words)
print(enc)
print(decode_all(enc) == words, [len(w) for w in words], [len(b) for b in enc])
for i in range(50):
    c = checksum(enc[i % len(enc)])
print(c, [checksum(b) for b in enc], checksum(bytearray(range(256))))
print(mutate(5), mutate(40)[:10])
print(ascii([[ord(c) for c in "aé€🙂"], chr(0x1F600) == "😀", "ß".upper(), "ǅ".lower(), "İ".lower().encode()]))
print(b"hello"[1], b"hello"[1:3], b"a,b".split(b","), bytes(3), b"%d-%s" % (5, b"x"))
print("straße".casefold() == "STRASSE".casefold(), ascii("ﬁ".upper()), ascii(repr("\t\x00é")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(ascii(b"\xff".decode("utf-8", "replace")), "é".encode("ascii", "ignore"), "é".encode("latin-1"))
