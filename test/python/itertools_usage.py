# itertools: chain, product, permutations, combinations, groupby, accumulate, islice, count, cycle, etc.
import itertools
import operator


def grouped(words):
    out = []
    for key, grp in itertools.groupby(sorted(words, key=len), key=len):
        out.append((key, list(grp)))
    return out


def window_sums(xs, k):
    it = iter(xs)
    win = list(itertools.islice(it, k))
    sums = [sum(win)] if len(win) == k else []
    for x in it:
        win = win[1:] + [x]
        sums.append(sum(win))
    return sums


for i in range(30):
    g = grouped("a bb cc ddd e ffff gg".split())
    w = window_sums(range(i), 3)
print(g)
print(w)
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", range(2))), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)),
      list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("z", 3)), list(itertools.takewhile(lambda x: x < 3, range(10))),
      list(itertools.dropwhile(lambda x: x < 7, range(10))))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
a, b = itertools.tee(iter(range(3)))
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, "", "x"])))
