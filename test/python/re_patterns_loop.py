# re in hot loops: compiled patterns and module-level functions (cache), groups and named groups,
# finditer, sub with function replacement, split with captures, flags, lookarounds, and errors.
import re

LOG = re.compile(r"(?P<level>INFO|WARN|ERROR)\s+\[(?P<mod>\w+)\]\s+(?P<msg>.*?)(?:\s+code=(?P<code>\d+))?$")
lines = [
    "INFO [net] connected code=200",
    "WARN [disk] almost full",
    "ERROR [net] timeout code=504",
    "DEBUG [x] ignored",
    "ERROR [auth] denied code=403",
]


def parse(lines):
    out = []
    for ln in lines:
        m = LOG.match(ln)
        if m:
            out.append((m["level"], m.group("mod"), m["msg"], int(m["code"]) if m["code"] else None))
    return out


def words(text):
    return [m.group(0).lower() for m in re.finditer(r"[A-Za-z']+", text)]


def camel_to_snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "_" + m.group(1).lower(), name).lower()


def mask_numbers(s):
    return re.sub(r"\d", "#", s), re.subn(r"\d+", lambda m: str(int(m.group()) * 2), s)


for i in range(60):
    parse(lines)
    words("It's a test, isn't it?")
    camel_to_snake("someHTTPServerName%d" % i)
    mask_numbers("a1b22c333")
print(parse(lines))
print(words("It's a TEST, isn't it? Yes-it is."), camel_to_snake("parseJSONToXMLFast2Go"), mask_numbers("a1b22c333 4"))
print(re.split(r"(,|;)\s*", "a, b;c,d"), re.split(r"\s+", "  lead and trail  "), re.split(r"x*", "axbc"), re.split(r"(\d)", "a1b2c", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 cc d4"), re.findall(r"\d+", "no digits"), re.fullmatch(r"[a-z]+", "abc1"), bool(re.fullmatch(r"[a-z]+", "abc")))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.sub(r"^", ">", "a\nb\nc", flags=re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"\w+(?=!)", "wow! nice ok!"), re.findall(r"(?<!-)\b\d+", "-12 34 -5 6"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.escape("a.b*c?"), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2023-07-01").groupdict())
m = re.search(r"b+", "aabbbcc")
print(m.span(), m.start(), m.end(), m.group(), repr(m.string), m.re.pattern, m.pos)
for bad in ("(unclosed", "a{2,1}", "*a", r"\k", "(?P<n>a)(?P<n>b)"):
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "re.error", e.msg, e.pos)
tok = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
print([(n, w, o) for n, w, o in tok.findall("x1 = 3.5 + foo*2")])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2)[::-1], "hello big world"), re.compile(r"ab", re.I).findall("AB ab aB"))
print(re.sub("(a)|b", lambda m: "[%s]" % m.group(1), "abab"), re.sub(r"a", r"\g<0>\g<0>", "banana"), len(re.findall(r"", "abc")))
