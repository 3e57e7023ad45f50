# Threads computing results into slots, a queue of jobs, an Event, and thread-local storage.
import queue
import threading


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


jobs = queue.Queue()
out = queue.Queue()


def consumer():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        kind, arg = item
        out.put((kind, arg, fib(arg) if kind == "fib" else count_primes(arg)))
        jobs.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    jobs.put(("fib", i * 5))
    jobs.put(("primes", i * 50))
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
collected = []
while not out.empty():
    collected.append(out.get())
collected.sort()
print(len(collected), collected[:3], collected[-3:])

local = threading.local()
started = threading.Event()
slots = [None] * 5


def with_local(i):
    local.value = i * 11
    started.wait()
    slots[i] = (threading.current_thread().name, local.value)


ts = [threading.Thread(target=with_local, args=(i,), name="worker-%d" % i) for i in range(5)]
for t in ts:
    t.start()
started.set()
for t in ts:
    t.join()
print(slots)
print(hasattr(local, "value"), threading.current_thread().name, threading.active_count())
