# Floats carried around loops as doubles (--uop-unbox), where the frame is
# looked at in less common ways: nested loops whose inner loop breaks,
# exception handlers inside the loop, `del` of the carried local, a
# while/else, a generator (not unboxed), and a signal handler that reads
# the running loop's locals from its frame (the eval breaker makes the
# compiled loop leave at JUMP_BACKWARD, whose exit stores the doubles
# before the interpreter runs the handler). The handler checks what it
# sees against the loop's invariant, so the output does not depend on
# when the signals land.
import signal, sys

def nested(n):
    total = 0.0
    for i in range(n):
        inner = 0.0
        for j in range(i):
            inner = inner + 0.5 * j
            if j == 7:
                break
        total = total + inner * 1.5
    return total

def handler_check(n):
    total = 0.0
    for k in range(n):
        total = total + 2.0 * k
    return total

def with_try(n):
    acc = 0.0
    for k in range(n):
        try:
            acc = acc + 1.0 / (k % 5)
        except ZeroDivisionError:
            acc = acc - 0.25
    return acc

def deleted(n):
    t = 0.0
    for k in range(n):
        t = t + 1.5 * k
        if k == n - 1:
            del t
            t = 3.0
    return t

def while_else(n):
    x = 1.0
    i = 0
    while i < n:
        x = x * 1.01 + 0.5
        i += 1
    else:
        x = x - 1.0
    return x

def gen(n):
    s = 0.0
    for k in range(n):
        s = s + k * 0.5
        yield s

seen = []
def on_alarm(sig, frame):
    f = frame
    while f is not None and f.f_code.co_name != "handler_check":
        f = f.f_back
    if f is not None:
        loc = f.f_locals
        k, total = loc.get("k"), loc.get("total")
        if k is not None and total is not None:
            # total is 2*(0+..+k) after iteration k, or 2*(0+..+k-1) before it
            ok = total in (float(k * (k + 1)), float(k * (k - 1)))
            seen.append(ok)

for r in range(40):
    nested(12); with_try(12); deleted(5); while_else(7); list(gen(4))
print(nested(30), with_try(33), deleted(9), while_else(100), list(gen(6)))
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.002, 0.002)
for r in range(20):
    handler_check(100000)
signal.setitimer(signal.ITIMER_REAL, 0, 0)
print("signal samples consistent:", all(seen), len(seen) > 0)
