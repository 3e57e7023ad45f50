# collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap in hot functions.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")


def letter_counts(text):
    c = Counter()
    for ch in text:
        if ch.isalpha():
            c[ch] += 1
    return c


def index_words(words):
    idx = defaultdict(list)
    for i, w in enumerate(words):
        idx[w[0]].append(i)
    return dict(idx)


def sliding_max(xs, k):
    dq = deque()
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


def centroid(points):
    n = len(points)
    return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)


for i in range(30):
    c = letter_counts("the quick brown fox jumps over the lazy dog" * (i % 3 + 1))
print(c.most_common(4), c["z"], c["?"], sum(c.values()))
print(Counter("abracadabra") - Counter("abc"), Counter(a=3, b=1) + Counter(a=1, c=2))
print(index_words("apple avocado banana blueberry cherry".split()))
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3), sliding_max([2.5, 1, 4], 2))
pts = [Point(i, i * i) for i in range(5)]
for i in range(20):
    cen = centroid(pts)
print(cen, cen.x, pts[2]._replace(y=0), Point._fields, pts[3]._asdict(), tuple(pts[1]))
d = deque(range(5), maxlen=4)
d.appendleft(-1)
d.rotate(1)
print(d, d.maxlen, list(reversed(d)))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["d"] = 1
print(list(od.items()), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], sorted(cm), cm.maps)
dd = defaultdict(int)
for w in "x y x z x".split():
    dd[w] += 1
print(sorted(dd.items()), dd["missing"], len(dd))
