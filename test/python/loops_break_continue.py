# break/continue in nested loops with try/finally in the loop body.

def scan(items):
    log = []
    for x in items:
        try:
            if x < 0:
                continue
            if x > 100:
                break
            log.append(x)
        finally:
            log.append("f")
    return log


def first_dup(seq):
    seen = []
    for i, x in enumerate(seq):
        for y in seen:
            if y == x:
                return i
        seen.append(x)
    return -1


def labelled_break(grid):
    found = None
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == 0:
                found = (r, c)
                break
        else:
            continue
        break
    return found


for i in range(40):
    res = scan([1, -2, 3, i, 150, 7])
print(res)
print(scan([5, 6, -1, -1, 101]))
print([first_dup(s) for s in ([1, 2, 3, 2], "abca", (1.0, 2.0, 1), [], "xyz")])
grids = [[[1, 2], [3, 0]], [[0]], [[1, 1], [1, 1]], [[1, 2, 3], [4, 5, 6], [0, 0, 0]]]
for i in range(30):
    out = [labelled_break(g) for g in grids]
print(out)
