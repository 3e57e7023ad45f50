# str methods on non-ASCII text in hot loops (output kept ASCII via ascii()/escapes):
# case mapping that changes length, casefold, isdigit/isnumeric/isdecimal, normalization,
# str.translate, encode/decode with error handlers, and code point arithmetic.
import unicodedata

words = ["Stra\u00dfe", "\u0130stanbul", "\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2", "caf\u00e9", "e\u0301", "\uff21\uff22\uff23", "\u01c6", "\U0001f600x", "\u2163", "\u0663\u0664"]


def case_info(w):
    return (ascii(w.upper()), ascii(w.lower()), ascii(w.casefold()), ascii(w.title()), ascii(w.swapcase()), len(w), len(w.upper()))


def classes(w):
    return (w.isalpha(), w.isdigit(), w.isnumeric(), w.isdecimal(), w.isupper(), w.islower(), w.isidentifier(), w.isprintable())


def norm(w):
    return [ascii(unicodedata.normalize(f, w)) for f in ("NFC", "NFD", "NFKC", "NFKD")]


def codepoints(w):
    total = 0
    for ch in w:
        total = total * 31 + ord(ch)
    return total % 1000003


for i in range(60):
    w = words[i % len(words)]
    case_info(w)
    classes(w)
    codepoints(w)
for w in words:
    print(ascii(w), case_info(w))
    print("   ", classes(w), codepoints(w), norm(w))
print(int("\u0663\u0664"), float("\uff11.\uff15"), unicodedata.numeric("\u2163"), unicodedata.name("\u00e9"), unicodedata.category("\u2163"))
tbl = str.maketrans({"\u00df": "ss", "\u00e9": "e", "a": None})
print(ascii(words[0].translate(tbl)), ascii(words[3].translate(tbl)), ascii("\u00e9t\u00e9".replace("\u00e9", "E")))
for enc in ("utf-8", "utf-16-le", "latin-1", "ascii"):
    for err in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, err, words[2].encode(enc, err)[:24])
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError", e.start, e.end, e.reason)
bad = b"ok\xff\xfeend"
print(ascii(bad.decode("utf-8", "replace")), bad.decode("utf-8", "ignore"), ascii(bad.decode("latin-1")), ascii(bad.decode("utf-8", "surrogateescape")))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(ascii("".join(chr(c) for c in range(0x3b1, 0x3b6))), ascii("\u00e9".center(7, "\u00b7")), "\u00e9" < "f", sorted(["\u00e9", "e", "f", "E"]) == ["E", "e", "f", "\u00e9"])
print(ascii("a\u2028b".splitlines()), ascii("x\u00a0y z".split()), ascii("\u00c9COLE".lower().capitalize()), "\u00df".upper() == "SS")
