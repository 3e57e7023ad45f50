# Floats --uop-unbox keeps as doubles in locals and loop variables: the
# frame must still show, boxed, what CPython would have stored, wherever
# Python code or the interpreter can look. Each function is warmed, then
# looked at: f_locals from a callee (the local is stored before the call),
# a guard that fails mid-loop (the exit stores the loop's doubles and the
# interpreter finishes the loop), tracing switched on inside the loop,
# an exception raised in the loop (its traceback's frame locals), and
# locals() at the end.
import sys
import traceback


def peek():
    caller = sys._getframe(1)
    return sorted((k, v) for k, v in caller.f_locals.items() if isinstance(v, float))


def accumulate(xs, n, look):
    total = 0.0
    scale = 0.5
    for k in range(n):
        total += xs[k] * scale
        square = total * total
        if look and k == n // 2:
            print("mid-loop", peek())
    return total, square


def escape(cr, ci):
    zr = zi = 0.0
    for n in range(50):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n, zr, zi
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return 50, zr, zi


def mixed(values):
    # The guard on xs[k] being a float fails at an int: the interpreter
    # takes over mid-loop with the running total.
    total = 0.0
    for v in values:
        total = total + v * 2.0
    return total


def failing(n):
    acc = 1.0
    for k in range(n):
        acc = acc * 1.5 + 1.0 / (k - 3)
    return acc


def with_locals(n):
    a = 0.0
    for k in range(n):
        a = a + 0.25 * k
    b = a * 2.0
    return sorted(locals().items())


def traced(n):
    total = 0.0
    for k in range(n):
        total = total + 1.5 * k
        if k == 3:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
    sys.settrace(None)
    return total


events = []


def peek_ints():
    caller = sys._getframe(1)
    return sorted((k, v) for k, v in caller.f_locals.items() if type(v) is int)


def count_from(n, start):
    # An int carried around the loop as an i64: a start beyond two digits
    # (2**70) deoptimizes before the loop, a sum beyond 64 bits inside it.
    c = start
    for k in range(n):
        c += 1
    return c


def count_peek(n):
    c = 0
    for k in range(n):
        c += 2
        if k == n // 2:
            print("ints mid-loop", peek_ints())
    return c, sorted(locals().items())


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno, frame.f_locals.get("total")))
    return tracer


xs = [0.5 * i for i in range(40)]
for r in range(30):
    accumulate(xs, 40, False)
    escape(-0.5 + r / 100, 0.25)
    mixed([1.5, 2.5, 3.5])
    with_locals(5)
print(accumulate(xs, 40, True))
print(escape(0.3, 0.5), escape(-1.0, 0.1), escape(2.0, 2.0))
print(mixed([1.5, 2.5, 3, 4.5]), mixed([1.5, True, 2.5]))
print(with_locals(6))
try:
    failing(6)
except ZeroDivisionError as exc:
    traceback.print_exc()
    frame = exc.__traceback__.tb_next.tb_frame
    print("frame locals", sorted(frame.f_locals.items()))
for r in range(30):
    count_from(5, r)
    count_peek(4)
print(count_from(5, 2**62), count_from(5, 2**63 - 3), count_from(3, 2**70), count_from(0, 7))
print(count_peek(9))
print(traced(8))
print(events[:6])
