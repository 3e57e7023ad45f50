# join/split/word counting/CSV-ish parsing in hot functions.

def parse_line(line):
    fields = line.strip().split(",")
    return fields[0], int(fields[1]), float(fields[2])


def render(rows):
    return "\n".join(" | ".join(str(c) for c in row) for row in rows)


def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


lines = ["alpha,%d,%d.5" % (i, i * 2) for i in range(30)]
rows = [parse_line(l) for l in lines]
print(render(rows[:4]))
print(sum(r[1] for r in rows), sum(r[2] for r in rows))
text = "The cat sat. The dog sat! A cat, a dog, the end? The END."
for i in range(20):
    f = word_freq(text)
print(f)
for k in range(30):
    c = caesar("hello, world", k)
print(c, caesar(caesar("round trip", 7), 19))
print("-".join([]), "-".join(["one"]), ", ".join(map(str, range(5))), "".join(reversed("abc")))
print("a\nb\r\nc\n".splitlines(), "a\nb\r\nc\n".splitlines(True), "x".join("123"))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
