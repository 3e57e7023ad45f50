"""A workload for the stdlib corpus: exercises many standard modules so that
their functions specialize. Prints a checksum so that a wrong run shows."""
import collections, dataclasses, decimal, difflib, enum, fractions, functools, heapq
import itertools, json, operator, re, statistics, string, textwrap, typing, ast, bisect
import base64, hashlib, random, pprint, copy, csv, io, datetime, calendar, shlex, fnmatch
import posixpath, tokenize, inspect, argparse, configparser, html, html.parser, urllib.parse
import email.message, email.utils, struct, uuid, zlib, math, contextlib, weakref, types


@dataclasses.dataclass
class Point:
    x: float
    y: float


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def work(n):
    total = 0
    for i in range(n):
        d = {"a": i, "b": [i, i + 1], "c": {"d": str(i)}}
        s = json.dumps(d, sort_keys=True)
        total += len(json.loads(s)["b"])
        total += len(re.findall(r"\d+", s))
        total += len(textwrap.wrap("word " * (i % 20 + 1), 17))
        total += int(fractions.Fraction(i, 7) * 7)
        total += int(decimal.Decimal(i) / decimal.Decimal(3))
        total += len(list(itertools.permutations(range(i % 4))))
        total += heapq.nsmallest(2, [i, 3, 1, 7])[0]
        total += bisect.bisect([1, 5, 9], i % 10)
        total += len(difflib.SequenceMatcher(None, "abcd" * 3, "abdc" * 3).get_opcodes())
        total += len(copy.deepcopy([Point(i, i), Point(1, 2)]))
        total += len(pprint.pformat({"k": list(range(i % 5))}))
        total += len(base64.b64encode(hashlib.sha256(s.encode()).digest()))
        total += len(urllib.parse.urlparse(f"http://h/p?q={i}").query)
        total += len(shlex.split(f"a 'b c' {i}"))
        total += fnmatch.fnmatch(f"f{i}.py", "*.py")
        total += len(html.escape("<a & b>"))
        total += len(str(datetime.date(2020, 1, 1) + datetime.timedelta(days=i)))
        total += Color(1 + i % 2).value
        total += len(collections.Counter(s).most_common(3))
        total += len(ast.dump(ast.parse(f"x = {i} + y")))
        total += len(list(tokenize.generate_tokens(io.StringIO(f"a = {i}\n").readline)))
        total += len(posixpath.join("a", str(i), "b"))
        total += int(statistics.mean([i, i + 1, i + 2]))
        total += len(csv.reader(io.StringIO("a,b,c\n1,2,3\n")).__next__())
        total += len(email.utils.formatdate(0))
        total += struct.unpack("<i", struct.pack("<i", i))[0] % 3
        total += zlib.crc32(s.encode()) % 5
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1)
    total += parser.parse_args(["--n", "3"]).n
    cp = configparser.ConfigParser()
    cp.read_string("[s]\nk = v\n")
    total += len(cp["s"]["k"])
    return total


random.seed(1)
print("workload checksum", work(60))
