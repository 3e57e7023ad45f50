# KeyboardInterrupt raised from signal handlers (SIGINT's default handler and a custom one), caught.
import os
import signal


def custom(signum, frame):
    raise KeyboardInterrupt("from custom handler")


def spin(sig):
    n = 0
    try:
        while n < 2000000:
            n += 1
            if n == 25:
                os.kill(os.getpid(), sig)
        return "no interrupt"
    except KeyboardInterrupt as e:
        return "KeyboardInterrupt(%s)" % (e.args[0] if e.args else "")
    finally:
        pass


def nested_cleanup(sig):
    log = []
    try:
        try:
            spin_raw(sig)
        finally:
            log.append("inner finally")
    except KeyboardInterrupt:
        log.append("caught outside")
    return log


def spin_raw(sig):
    n = 0
    while n < 2000000:
        n += 1
        if n == 5:
            os.kill(os.getpid(), sig)


print([spin(signal.SIGINT) for _ in range(5)])
signal.signal(signal.SIGUSR2, custom)
print([spin(signal.SIGUSR2) for _ in range(5)])
for i in range(10):
    r = nested_cleanup(signal.SIGINT if i % 2 else signal.SIGUSR2)
print(r)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
