# sort/sorted stability with keys, reverse, multi-pass sorts, custom __lt__, and errors.

records = [("alice", "eng", 90), ("bob", "ops", 75), ("carol", "eng", 75), ("dave", "ops", 90),
           ("erin", "eng", 90), ("frank", "hr", 60), ("grace", "hr", 75), ("heidi", "ops", 60)]


def by_score(recs):
    return sorted(recs, key=lambda r: r[2])


def multi_pass(recs):
    out = sorted(recs, key=lambda r: r[0])
    out.sort(key=lambda r: r[1])
    out.sort(key=lambda r: r[2], reverse=True)
    return out


class Card:
    def __init__(self, rank, tag):
        self.rank, self.tag = rank, tag

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "%d%s" % (self.rank, self.tag)


for i in range(30):
    s = by_score(records)
print([r[0] for r in s])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
print([r[0] for r in multi_pass(records)])
cards = [Card(r, t) for r, t in zip([3, 1, 3, 2, 1, 3], "abcdef")]
print(sorted(cards), sorted(cards, reverse=True), min(cards), max(cards))
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, 1.5, 2, -1, 2.0, True]
print(sorted(nums), sorted(nums, key=abs, reverse=True))
lst = [5, 2, 9]
lst.sort()
print(lst, sorted("hello"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
