# Assignment expressions (walrus) in while conditions, comprehensions, and if statements.
import re


def read_chunks(data, size):
    chunks = []
    pos = 0
    while chunk := data[pos:pos + size]:
        chunks.append(chunk)
        pos += size
    return chunks


def filtered_squares(xs):
    return [y for x in xs if (y := x * x) % 3 == 1]


def first_match(lines):
    for line in lines:
        if (m := re.match(r"(\w+)=(\d+)", line)) is not None:
            return m.group(1), int(m.group(2))
    return None


def running(xs):
    total = 0
    return [total := total + x for x in xs], total


for i in range(40):
    c = read_chunks("abcdefghij" * (i % 3 + 1), 4)
print(c, read_chunks([1, 2, 3, 4, 5], 2), read_chunks(b"xyz", 2))
print(filtered_squares(range(12)), filtered_squares([1.0, 2.0]))
print(first_match(["# comment", "key=42", "x=1"]), first_match([]))
print(running([1, 2, 3, 4]), running([0.5, 0.25]))
n = 0
while (n := n + 1) < 5:
    pass
print(n)
if (big := 2 ** 70) > 10:
    print(big)
print([last := v for v in "abc"], last)
