# Exact comparisons between ints and floats (big ints that floats cannot represent, 2**53 + 1,
# huge ints vs inf, nan) and mixed-type == / < in hot loops warmed with small values; dict and
# set lookups that rely on int/float hash equality.


def cmp6(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def count_less(xs, pivot):
    n = 0
    for x in xs:
        if x < pivot:
            n += 1
    return n


for i in range(60):
    cmp6(i, i + 0.5)
    cmp6(i * 0.5, i)
    count_less(range(10), 4.5)
big = 2 ** 53
pairs = [(big + 1, float(big + 1)), (float(big), big + 1), (big, float(big)), (2 ** 1000, float("inf")), (-2 ** 1000, float("-inf")),
         (10 ** 400, 1e308), (2 ** 64, 1.8446744073709552e19), (2 ** 64 + 1, 1.8446744073709552e19), (3, float("nan")), (-0.0, 0), (True, 1.0), (1, 1.0000000000000002)]
for a, b in pairs:
    print(repr(a)[:25], repr(b), cmp6(a, b), cmp6(b, a))
print(count_less([big + 1, big, big - 1, 2.0 ** 53], float(big + 1)), count_less([2 ** 70 + 1, 2 ** 70 - 1], 2.0 ** 70))
d = {1: "int", 2.0: "float", big + 1: "big+1"}
print(d[1.0], d[2], d.get(float(big + 1)), d.get(big + 1), {1, 1.0, True}, {0.5, 1} == {1.0, 0.5})
print(sorted([big + 1, float(big), big - 1, float(big - 1), big]), max(big + 1, float(big + 1)), min(float(big + 1), big + 1))
print(2 ** 53 + 1 == 2 ** 53 + 1.0, (2 ** 53 + 1) - 2 ** 53 == 1.0, 10 ** 16 == 1e16, 10 ** 23 == 1e23, int(1e23), 10 ** 23 < 1e23)
