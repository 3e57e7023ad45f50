# Signal handlers (SIGUSR1 / SIGALRM sent with os.kill) raising exceptions that are caught in hot loops.
import os
import signal


class Interrupted(Exception):
    pass


received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)
    raise Interrupted(signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGALRM, handler)


def busy(sig, start_after):
    total = 0
    i = 0
    try:
        while i < 2000000:
            i += 1
            total += i
            if i == start_after:
                os.kill(os.getpid(), sig)
        return "signal not delivered"
    except Interrupted as e:
        return "interrupted by %s" % e


def quiet(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


results = []
for k in range(12):
    results.append(quiet(50 + k))
    results.append(busy(signal.SIGUSR1 if k % 2 else signal.SIGALRM, 10 + k))
print(results[:4])
print(sum(1 for r in results if isinstance(r, str) and r.startswith("interrupted")), received[:4], len(received))


def ignored_loop():
    old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR1)
    x = quiet(100)
    signal.signal(signal.SIGUSR1, old)
    return x


print(ignored_loop(), len(received))
counter = {"n": 0}


def counting(signum, frame):
    counter["n"] += 1


signal.signal(signal.SIGUSR1, counting)
for i in range(5):
    os.kill(os.getpid(), signal.SIGUSR1)
    quiet(10)
print("counted", counter["n"])
