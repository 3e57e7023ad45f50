# Several threads incrementing a shared counter under a lock; join; deterministic totals.
import threading

counter = 0
lock = threading.Lock()
per_thread = {}


def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def worker(name, times):
    local_total = 0
    for i in range(times):
        local_total += i % 7
    bump(times)
    with lock:
        per_thread[name] = local_total


threads = [threading.Thread(target=worker, args=("t%d" % k, 500 + 100 * k)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print(sorted(per_thread.items()))
print(all(not t.is_alive() for t in threads))

rlock = threading.RLock()


def reentrant(depth):
    with rlock:
        if depth:
            return 1 + reentrant(depth - 1)
        return 0


results = [None] * 4


def run_reentrant(idx):
    results[idx] = sum(reentrant(d) for d in range(idx * 10))


ts = [threading.Thread(target=run_reentrant, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
