# Signals (SIGUSR1 via os.kill) delivered while hot code is inside a generator, a with block and
# a try/finally; the handler raises, and every cleanup must run in order before the except.
import os
import signal


class Boom(Exception):
    pass


def handler(signum, frame):
    raise Boom(frame.f_code.co_name)


signal.signal(signal.SIGUSR1, handler)
log = []


class Guard:
    def __enter__(self):
        log.append("enter")

    def __exit__(self, et, ev, tb):
        log.append("exit:%s" % (et.__name__ if et else None))
        return False


def producer(n, fire_at):
    try:
        for i in range(n):
            if i == fire_at:
                os.kill(os.getpid(), signal.SIGUSR1)
                for _ in range(1000):
                    pass
            yield i
    finally:
        log.append("producer-finally")


def consumer(n, fire_at):
    total = 0
    try:
        with Guard():
            for v in producer(n, fire_at):
                total += v
    except Boom as e:
        log.append("caught-in-" + str(e))
        return "boom", total
    return "ok", total


def spin_in_finally(fire):
    try:
        return "body"
    finally:
        if fire:
            os.kill(os.getpid(), signal.SIGUSR1)
            x = 0
            for i in range(100):
                x += i
            log.append("finally-after-kill %d" % x)


for i in range(60):
    consumer(5, -1)
log.clear()
print(consumer(10, -1), log)
log.clear()
print(consumer(10, 4), log)
log.clear()
try:
    spin_in_finally(True)
except Boom as e:
    print("Boom from", e, log)
print(spin_in_finally(False))


def delivered_in_callee():
    def callee():
        os.kill(os.getpid(), signal.SIGUSR1)
        s = 0
        for i in range(50):
            s += i
        return s
    results = []
    for i in range(5):
        try:
            results.append(callee())
        except Boom as e:
            results.append("boom:" + str(e))
    return results


print(delivered_in_callee())
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
