# s += ... in loops (the in-place concat fast path), with aliasing checks.

def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def build_with_alias(n):
    s = "start:"
    saved = []
    for i in range(n):
        s += chr(ord("a") + i % 26)
        if i % 5 == 0:
            saved.append(s)
    return s, saved


def build_bytes(n):
    b = b""
    for i in range(n):
        b += bytes([65 + i % 26])
    return b


def concat_mixed(parts):
    out = parts[0]
    for p in parts[1:]:
        out = out + p
    return out


for n in range(60):
    s = build(n)
print(s, len(s))
s, saved = build_with_alias(23)
print(s)
print(saved)
print(build_bytes(30))
print(concat_mixed(["a", "b", "c"]), concat_mixed([b"x", b"y"]), concat_mixed([[1], [2]]))
acc = ""
for word in "the quick brown fox jumps over the lazy dog".split():
    acc += word[::-1] + "|"
print(acc)
try:
    concat_mixed(["a", 1])
except TypeError as e:
    print("TypeError:", e)
