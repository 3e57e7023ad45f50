# map/filter/sorted with key/min/max with key/any/all, functions as arguments.

def apply_n(f, x, n):
    for _ in range(n):
        x = f(x)
    return x


def my_map(f, xs):
    return [f(x) for x in xs]


def by_len_then_alpha(words):
    return sorted(words, key=lambda w: (len(w), w))


def square(x):
    return x * x


people = [("alice", 31), ("bob", 25), ("carol", 31), ("dave", 19), ("eve", 25)]
for i in range(30):
    r = apply_n(square, 2, i % 5)
print(r, apply_n(str.upper, "abc", 3), apply_n(lambda l: l + [len(l)], [], 4))
print(my_map(square, range(6)), my_map(str, [1, 2.5, None]), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(20))))
print(by_len_then_alpha("pear fig apple kiwi banana date".split()))
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), max([], default="empty"))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any([]), all([]))
print(sum(map(square, range(10))), sorted("hello", reverse=True), list(map(pow, [2, 3], [3, 2])))
print(list(zip(*sorted(people, key=lambda p: p[0])))[0])
