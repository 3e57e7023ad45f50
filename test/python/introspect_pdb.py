# pdb driven non-interactively on a hot function (called 50 times first):
# step, step, next, p x, continue; pdb's output with file paths stripped.
import io
import os
import pdb
import re


def helper(v):
    w = v + 1
    return w * 2


def hot(n):
    x = n * 3
    y = helper(x)
    x = x + y
    for i in range(2):
        x += i
    return x


def strip(text):
    text = re.sub(r"(/[^\s()]*/)?([\w.-]+\.py)", lambda m: m.group(2), text)
    return re.sub(r"0x[0-9a-f]+", "0x?", text)


def debug(commands, func, *args):
    buf = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=buf, nosigint=True, readrc=False)
    dbg.use_rawinput = False
    result = dbg.runcall(func, *args)
    return result, strip(buf.getvalue())


total = 0
for i in range(50):
    total += hot(i)
print("warm:", total)

result, out = debug("step\nstep\nnext\np x\ncontinue\n", hot, 5)
print("result:", result)
print(out, end="")
print("---")
result, out = debug("step\nstep\nstep\nwhere\nreturn\np w\nup\np x, n\nnext\np x, y\ncontinue\n", hot, 7)
print("result:", result)
print(out, end="")
print("---")
result, out = debug("until 19\np x\nargs\nreturn\ncontinue\n", hot, 2)
print("result:", result)
print(out, end="")
print("---")
print("after:", [hot(i) for i in range(50)][-1])
