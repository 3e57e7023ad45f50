# String (and bytes/list) slicing with all step/sign combinations.

def slices(s):
    return (s[1:], s[:-1], s[::2], s[::-1], s[-3:], s[1:-1:3], s[10:2:-2], s[100:], s[-100:2])


def palindromes(words):
    return [w for w in words if w == w[::-1]]


def rotate(s, k):
    if not s:
        return s
    k %= len(s)
    return s[k:] + s[:k]


def windows(s, n):
    return [s[i:i + n] for i in range(len(s) - n + 1)]


text = "abcdefghijklmnopqrstuvwxyz"
for i in range(40):
    r = slices(text[: i % 27])
print(r)
print(slices(b"0123456789ABCDEF"))
print(slices(list(range(15))))
print(slices(tuple("hello world")))
print(palindromes(["level", "abc", "noon", "", "x", "ab", "racecar"]))
print([rotate("rotation", k) for k in range(-3, 10, 2)], rotate("", 3))
print(windows("sliding", 3), windows([1, 2, 3, 4], 2))
i, j = 2, 9
print(text[i:j], text[slice(i, j, 3)], text[-j:-i], text[j:i:-1])
print(text[5], text[-1], ascii("é€ab"[1:3]), ascii("é€ab"[::-1]))
try:
    text[26]
except IndexError as e:
    print("IndexError:", e)
