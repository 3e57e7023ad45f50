# Module-level code with loops, comprehensions, conditionals (no functions at all) plus one helper.

squares = {}
i = 0
while i < 30:
    squares[i] = i * i
    i += 1
evens = [k for k, v in squares.items() if v % 2 == 0]
print(len(squares), evens[:8], i)

acc = []
for a in range(5):
    for b in range(a):
        if (a + b) % 3 == 0:
            continue
        acc.append((a, b))
    else:
        acc.append("end%d" % a)
print(acc)

text = ""
for ch in "module level":
    if ch == " ":
        break
    text += ch.upper()
print(text)


def helper(x):
    return x * 3


mod_total = 0
for j in range(50):
    mod_total += helper(j)
    if j == 25:
        helper = lambda x: -x
print(mod_total)

x = 10
x, y = y, x = 3, 4
print(x, y)
try:
    undefined_module_name + 1
except NameError as e:
    print("NameError:", e)
