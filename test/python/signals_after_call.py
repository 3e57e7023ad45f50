# A signal that arrives during a C call is handled right after that call,
# as an error of the call's instruction (ceval's CHECK_EVAL_BREAKER() after
# CALL): a `try` that ends with the call catches what the handler raises,
# the traceback names the call's line, and nothing after the call runs.
# _thread.interrupt_main(signum) simulates the signal without handling it
# (os.kill and signal.raise_signal handle their own signal before they
# return, so they pass either way: kept as the control).
import _thread
import os
import signal
import traceback


class Interrupted(Exception):
    pass


def raising_handler(signum, frame):
    raise Interrupted(signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, raising_handler)
after = []


def kill_in_try(rounds):
    # os.kill: a METH_FASTCALL builtin (two arguments).
    hits = []
    for i in range(rounds):
        try:
            os.kill(os.getpid(), signal.SIGUSR1)
        except Interrupted as e:
            hits.append(("caught", i, str(e)))
        else:
            hits.append(("missed", i))
    return hits


def simulated_in_try(rounds):
    hits = []
    for i in range(rounds):
        try:
            _thread.interrupt_main(signal.SIGUSR1)
        except Interrupted:
            hits.append(i)
            continue
        after.append(i)
    return hits


def interrupt_main_in_try(rounds):
    # _thread.interrupt_main(): SIGINT's default handler raises
    # KeyboardInterrupt.
    caught = 0
    for i in range(rounds):
        try:
            _thread.interrupt_main()
        except KeyboardInterrupt:
            caught += 1
        else:
            after.append(("not interrupted", i))
    return caught


def escapes(depth):
    if depth == 0:
        _thread.interrupt_main(signal.SIGUSR1)
        after.append("ran after the call")
        return "no exception"
    return escapes(depth - 1)


def with_block(rounds):
    # The exception is raised inside the `with` block, so __exit__ sees it.
    seen = []

    class Watch:
        def __enter__(self):
            return self

        def __exit__(self, kind, value, tb):
            seen.append(kind.__name__ if kind else None)
            return True

    for i in range(rounds):
        with Watch():
            _thread.interrupt_main(signal.SIGUSR1)
    return seen


def in_sort_key(values):
    # The signal arrives inside the key function, called by list.sort.
    def key(v):
        if v == 3:
            _thread.interrupt_main(signal.SIGUSR1)
            after.append("key went on")
        return -v
    try:
        values.sort(key=key)
    except Interrupted:
        return "sort interrupted"
    return values


for round_ in range(3):
    print(in_sort_key([5, 3, 1, 4]), after)
    print(kill_in_try(4))
    print(simulated_in_try(4), after)
    print(interrupt_main_in_try(4), after)
    print(with_block(3))
    try:
        escapes(3)
    except Interrupted:
        lines = traceback.format_exc().splitlines()
        print(len(lines), lines[-4:])
    print(after)
