# A three-stage thread pipeline connected by queue.Queue objects with sentinel shutdown, a
# worker pool with task_done/join, results collected and printed in sorted order, and an
# exception in a worker thread reported through threading.excepthook (deterministic hook).
import queue
import threading

STOP = object()


def stage(fn, inq, outq):
    while True:
        item = inq.get()
        if item is STOP:
            outq.put(STOP)
            return
        outq.put(fn(item))


def square(x):
    s = 0
    for i in range(x):
        s += i
    return x, s


def label(pair):
    x, s = pair
    return "%d:%d" % (x, s)


def pipeline(items):
    q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
    t1 = threading.Thread(target=stage, args=(square, q1, q2))
    t2 = threading.Thread(target=stage, args=(label, q2, q3))
    t1.start()
    t2.start()
    for it in items:
        q1.put(it)
    q1.put(STOP)
    out = []
    while True:
        v = q3.get()
        if v is STOP:
            break
        out.append(v)
    t1.join()
    t2.join()
    return out


for i in range(20):
    pipeline(range(i % 5))
print(pipeline(range(8)))


def pool(n_workers, jobs):
    q = queue.Queue()
    results = {}
    lock = threading.Lock()

    def worker():
        while True:
            j = q.get()
            try:
                if j is None:
                    return
                r = square(j)[1]
                with lock:
                    results[j] = r
            finally:
                q.task_done()

    threads = [threading.Thread(target=worker) for _ in range(n_workers)]
    for t in threads:
        t.start()
    for j in jobs:
        q.put(j)
    q.join()
    for _ in threads:
        q.put(None)
    for t in threads:
        t.join()
    return sorted(results.items())


print(pool(3, range(12)))
errors = []


def hook(args):
    errors.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def failing(k):
    if k % 2:
        raise ValueError("worker %d failed" % k)


ts = [threading.Thread(target=failing, args=(k,), name="w%d" % k) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(errors))
bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
try:
    bq.put(3, block=False)
except queue.Full:
    print("Full", bq.qsize(), bq.full())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put((v, "p%d" % v))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
try:
    lq.get_nowait()
except queue.Empty:
    print("Empty")
ev = threading.Event()
box = []


def waiter():
    ev.wait()
    box.append("woke")


t = threading.Thread(target=waiter)
t.start()
box.append("set")
ev.set()
t.join()
print(box, threading.active_count())
