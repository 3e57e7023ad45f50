"""A discrete-event simulation of a bank: customers arrive, queue for
tellers, are served and leave; events are kept in a heap ordered by time.
Classes with __slots__ and __lt__, method calls per event, a small
hand-written random generator (so the run is the same everywhere).

  python3.11 event_sim.py [DAYS]   (100 customers a day)
"""
import heapq

import _harness

CATEGORY = "oo"
DEFAULT_SIZE = 5200
QUICK_SIZE = 20

CUSTOMERS_PER_DAY = 100

# (customers served, total waiting time, longest queue) for the run.
EXPECTED = {5200: (520000, 987874.973257, 22), 20: (2000, 2877.908339, 11)}


class Lcg:
    """A linear congruential generator: ints, then floats in [0, 1)."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self, low, high):
        return low + (high - low) * (self.next_int() / 0x80000000)


class Event:
    """Something that happens at a time: an arrival or the end of a service."""
    __slots__ = ("time", "seq", "kind", "customer", "teller")

    def __init__(self, time, seq, kind, customer, teller):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.customer = customer
        self.teller = teller

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class Customer:
    __slots__ = ("ident", "arrived", "service")

    def __init__(self, ident, arrived, service):
        self.ident = ident
        self.arrived = arrived
        self.service = service


class Teller:
    def __init__(self, ident, speed):
        self.ident = ident
        self.speed = speed
        self.busy = False
        self.served = 0
        self.busy_time = 0.0

    def start(self, customer, now):
        self.busy = True
        duration = customer.service / self.speed
        self.busy_time += duration
        return now + duration

    def finish(self):
        self.busy = False
        self.served += 1


class Bank:
    """The event loop: pop the next event, handle it, schedule new ones."""

    def __init__(self, tellers, customers, seed):
        self.tellers = [Teller(i, 0.8 + 0.1 * i) for i in range(tellers)]
        self.queue = []
        self.events = []
        self.seq = 0
        self.rng = Lcg(seed)
        self.remaining = customers
        self.waited = 0.0
        self.longest_queue = 0
        self.next_ident = 0

    def schedule(self, time, kind, customer=None, teller=None):
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, customer, teller))

    def free_teller(self):
        for teller in self.tellers:
            if not teller.busy:
                return teller
        return None

    def arrive(self, now):
        customer = Customer(self.next_ident, now, self.rng.uniform(1.0, 9.0))
        self.next_ident += 1
        self.remaining -= 1
        if self.remaining > 0:
            self.schedule(now + self.rng.uniform(0.1, 2.0), "arrive")
        teller = self.free_teller()
        if teller is None:
            self.queue.append(customer)
            if len(self.queue) > self.longest_queue:
                self.longest_queue = len(self.queue)
        else:
            self.serve(teller, customer, now)

    def serve(self, teller, customer, now):
        self.waited += now - customer.arrived
        self.schedule(teller.start(customer, now), "done", customer, teller)

    def done(self, event):
        event.teller.finish()
        if self.queue:
            self.serve(event.teller, self.queue.pop(0), event.time)

    def run(self):
        self.schedule(0.0, "arrive")
        now = 0.0
        while self.events:
            event = heapq.heappop(self.events)
            now = event.time
            if event.kind == "arrive":
                self.arrive(now)
            else:
                self.done(event)
        return now


def run(days):
    served = 0
    waited = 0.0
    longest = 0
    for day in range(days):
        bank = Bank(5, CUSTOMERS_PER_DAY, seed=day + 1)
        bank.run()
        served += sum(t.served for t in bank.tellers)
        waited += bank.waited
        longest = max(longest, bank.longest_queue)
    return served, round(waited, 6), longest


def verify(size, result):
    if result[0] != size * CUSTOMERS_PER_DAY:
        raise AssertionError(f"served {result[0]} customers, not {size * CUSTOMERS_PER_DAY}")


def describe(size, result):
    return f"{result[0]} customers, waited {result[1]:.6f}, longest queue {result[2]}"


if __name__ == "__main__":
    _harness.main("event_sim", run, DEFAULT_SIZE, EXPECTED,
                  describe=describe, verify=verify)
