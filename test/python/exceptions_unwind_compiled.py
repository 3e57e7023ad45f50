# Errors that leave compiled frames: each frame the error passes gets one
# traceback entry, at the raising instruction, with the frame's locals as
# they were, and the values on its stack are released, top first, before
# the caller's handler runs. An error where a handler of the code object
# covers the instruction (a `try` body, an `except` clause, a `with` block)
# is handled there; one in a generator finishes it. Traced, the interpreter
# reports the 'exception' and 'return' events of the frames it leaves.
import sys
import traceback


class Noisy:
    """Says when it is released, to check when and in which order."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __add__(self, other):
        raise ValueError(f"{self.name} + {other.name}")


def parse(text):
    number = int(text)  # ValueError, no handler here
    return number * 2


def parse_all(texts):
    total = 0
    for text in texts:
        total += parse(text)
    return total


def add_pair(a, b):
    # The two operands and a list under construction are on the stack
    # when __add__ raises.
    return [Noisy("first"), a + b, Noisy("never")]


def middle(a, b):
    local_note = f"middle({a.name}, {b.name})"
    return add_pair(a, b)


def in_else(value):
    try:
        checked = int(value)
    except ValueError:
        return -1
    else:
        # Not covered by the try's handler.
        raise KeyError(checked)


def in_with(lock, value):
    with lock:
        return 10 // value


class Lock:
    def __enter__(self):
        print("  enter")
        return self

    def __exit__(self, *exc):
        print("  exit", exc[0].__name__ if exc[0] else None)
        return False


def numbers(limit):
    for k in range(limit):
        if k == 2:
            raise LookupError(f"stop at {k}")
        yield k


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1) + 1


def show(error):
    tb = error.__traceback__
    entries = traceback.extract_tb(tb)
    print(" ", type(error).__name__, error)
    for entry in entries:
        print("   ", entry.name, entry.lineno, entry.line)
    frame_locals = []
    while tb is not None:
        names = sorted(k for k in tb.tb_frame.f_locals if not k.startswith("__"))
        frame_locals.append((tb.tb_frame.f_code.co_name, tb.tb_lasti > 0, names))
        tb = tb.tb_next
    print("    locals", frame_locals[1:])


def run(round_number):
    print("round", round_number)
    print(" ", parse_all(["1", "2", "3"]))
    try:
        parse_all(["4", "x5", "6"])
    except ValueError as error:
        show(error)
    try:
        middle(Noisy("a"), Noisy("b"))
    except ValueError as error:
        show(error)
        del error
    print("  after middle")
    print(" ", in_else("x"))
    try:
        in_else("7")
    except KeyError as error:
        show(error)
    try:
        in_with(Lock(), 0)
    except ZeroDivisionError as error:
        show(error)
    produced = []
    gen = numbers(5)
    try:
        for k in gen:
            produced.append(k)
    except LookupError as error:
        show(error)
    print("  produced", produced, "then", next(gen, "finished"))
    try:
        deep(12)
    except RuntimeError as error:
        entries = traceback.extract_tb(error.__traceback__)
        print("  deep", len(entries), {e.name for e in entries[1:]})


for round_number in range(3):
    run(round_number)

# Traced: the interpreter unwinds, with its events.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("parse", "parse_all"):
        kind = arg[0].__name__ if event == "exception" else None
        events.append((frame.f_code.co_name, event, kind))
    return tracer


sys.settrace(tracer)
try:
    parse_all(["8", "y"])
except ValueError:
    pass
sys.settrace(None)
print("traced", [e for e in events if e[1] in ("exception", "return")])
