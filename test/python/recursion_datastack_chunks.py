# Recursion whose depth swings across the ends of the thread's data-stack
# chunks (16 KiB each; a frame here is ~60 slots, so ~30 frames per chunk):
# frames pushed into a new chunk, chunks emptied and reused, frames too big
# for a spare chunk, frame walks and tracebacks that cross chunk boundaries,
# and the same in threads.
import sys
import threading
import traceback

sys.setrecursionlimit(5000)


def wide(depth, acc):
    # Many locals and a deep stack make the frame large.
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = depth
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = acc
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = depth + acc
    d0 = d1 = d2 = d3 = d4 = d5 = d6 = d7 = d8 = d9 = depth - acc
    if depth == 0:
        return acc
    total = (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
             + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9
             + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9
             + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9)
    return wide(depth - 1, (acc + total) % 1000003)


def ack(m, n):
    # Depth swings up and down thousands of times.
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def frames_below(depth):
    if depth:
        return frames_below(depth - 1)
    count, f = 0, sys._getframe()
    while f is not None:
        count += 1
        f = f.f_back
    return count, len(traceback.extract_stack())


def raise_at(depth):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = depth
    if depth == 0:
        raise ValueError("bottom")
    return raise_at(depth - 1) + a0 + a9


# A frame larger than one chunk (3000 locals): its chunk is bigger than
# the spares the others leave behind.
names = [f"v{i}" for i in range(3000)]
src = "def huge(n):\n"
src += "".join(f"    {name} = n + {i}\n" for i, name in enumerate(names))
src += "    if n == 0:\n        return v0 + v2999\n"
src += "    return huge(n - 1) + v1\n"
exec(src)


def work(label, out):
    results = [wide(d, 1) for d in (10, 45, 90, 200, 45, 200)]
    results.append(ack(2, 200))
    results.append(frames_below(150)[0] - frames_below(0)[0])
    results.append(frames_below(150)[1] - frames_below(0)[1])
    results.append(huge(5))
    results.append(wide(120, 7))
    try:
        raise_at(180)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        results.append((str(e), len(tb), tb[-1].name, tb[-1].lineno))
    out.append((label, results))


out = []
for rounds in range(3):
    work(f"main {rounds}", out)
threads = [threading.Thread(target=work, args=(f"thread {i}", out)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label, results in sorted(out):
    print(label, results)
