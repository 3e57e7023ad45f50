"""An operating-system task scheduler in the style of Richards: an idle
task, worker tasks, handler tasks and device tasks pass packets through
queues under a priority scheduler. Small classes, method calls (some
overridden), attribute reads and writes on every step.

  python3.11 richards.py [ROUNDS]
"""
import _harness

CATEGORY = "oo"
DEFAULT_SIZE = 2300
QUICK_SIZE = 12

PACKETS_PER_ROUND = 200

# (queue operations, hold count, sum of packet data) summed over all rounds.
EXPECTED = {2300: (1380000, 460000, 6660800), 12: (7200, 2400, 34752)}


class Packet:
    """A message with a small payload, linked into a task's queue."""

    def __init__(self, kind, data):
        self.kind = kind
        self.data = data
        self.link = None


class Task:
    """A schedulable task: a priority, an input queue and a held/waiting state."""

    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue_head = None
        self.queue_tail = None
        self.held = False
        self.waiting = False
        self.runs = 0

    def enqueue(self, packet):
        packet.link = None
        if self.queue_tail is None:
            self.queue_head = packet
        else:
            self.queue_tail.link = packet
        self.queue_tail = packet
        self.waiting = False

    def dequeue(self):
        packet = self.queue_head
        if packet is not None:
            self.queue_head = packet.link
            if self.queue_head is None:
                self.queue_tail = None
        return packet

    def is_runnable(self):
        return not self.held and not self.waiting

    def step(self):
        """Run once; returns the next task the scheduler should consider."""
        self.runs += 1
        return self.run()

    def run(self):
        raise NotImplementedError


class IdleTask(Task):
    """Releases devices in a pseudo-random pattern until its count runs out."""

    def __init__(self, scheduler, ident, count):
        Task.__init__(self, scheduler, ident, 0)
        self.seed = 1
        self.count = count

    def run(self):
        self.count -= 1
        if self.count <= 0:
            return self.scheduler.hold_self(self)
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.scheduler.release(6)
        self.seed >>= 1
        return self.scheduler.release(7)


class WorkerTask(Task):
    """Fills packets (at most POOL of them exist) with changing payloads
    and sends them to the handlers in turn."""

    POOL = 8

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority)
        self.created = 0
        self.sent = 0
        self.value = 0

    def run(self):
        packet = self.dequeue()
        if packet is None:
            if self.created >= self.POOL:
                self.waiting = True
                return self.scheduler.next_task(self)
            self.created += 1
            packet = Packet(1, 0)
        self.sent += 1
        self.value = (self.value * 17 + 11) % 26
        packet.data = self.value
        return self.scheduler.send(packet, 2 + self.sent % 4)


class HandlerTask(Task):
    """Forwards the packets it receives to its device."""

    def __init__(self, scheduler, ident, priority, device):
        Task.__init__(self, scheduler, ident, priority)
        self.device = device
        self.handled = 0

    def run(self):
        packet = self.dequeue()
        if packet is None:
            self.waiting = True
            return self.scheduler.next_task(self)
        self.handled += 1
        packet.data = packet.data + self.handled % 7
        return self.scheduler.send(packet, self.device)


class DeviceTask(Task):
    """Consumes a packet, returns it to the worker and holds itself until
    the idle task releases it."""

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority)
        self.total = 0

    def run(self):
        packet = self.dequeue()
        if packet is None:
            self.waiting = True
            return self.scheduler.next_task(self)
        self.total += packet.data
        self.scheduler.delivered += 1
        self.scheduler.send_back(packet)
        return self.scheduler.hold_self(self)


class Scheduler:
    """Runs the highest-priority runnable task until packets run out."""

    def __init__(self, packets):
        self.tasks = {}
        self.queue_count = 0
        self.hold_count = 0
        self.delivered = 0
        self.limit = packets

    def add(self, task):
        self.tasks[task.ident] = task

    def by_priority(self):
        return sorted(self.tasks.values(), key=lambda t: -t.priority)

    def send(self, packet, ident):
        self.queue_count += 1
        target = self.tasks[ident]
        target.enqueue(packet)
        if target.priority > self.current.priority:
            return target
        return self.current

    def send_back(self, packet):
        """Return a consumed packet to the worker."""
        self.queue_count += 1
        self.tasks[1].enqueue(packet)

    def hold_self(self, task):
        self.hold_count += 1
        task.held = True
        return self.next_task(task)

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        task.waiting = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def next_task(self, task):
        for candidate in self.order:
            if candidate.is_runnable():
                return candidate
        return None

    def schedule(self):
        self.order = self.by_priority()
        task = self.order[0]
        while task is not None and self.delivered < self.limit:
            self.current = task
            task = task.step()
            if task is None:
                # Everything is held: the idle task releases everyone.
                for t in self.order:
                    t.held = False
                task = self.tasks[0]


def run_round(packets):
    s = Scheduler(packets)
    s.add(IdleTask(s, 0, 10 ** 9))
    s.add(WorkerTask(s, 1, 1000))
    s.add(HandlerTask(s, 2, 2000, 6))
    s.add(HandlerTask(s, 3, 3000, 7))
    s.add(HandlerTask(s, 4, 2500, 6))
    s.add(HandlerTask(s, 5, 3500, 7))
    s.add(DeviceTask(s, 6, 4000))
    s.add(DeviceTask(s, 7, 5000))
    s.schedule()
    data = s.tasks[6].total + s.tasks[7].total
    return s.queue_count, s.hold_count, data


def run(rounds):
    queued = held = data = 0
    for _ in range(rounds):
        q, h, d = run_round(PACKETS_PER_ROUND)
        queued += q
        held += h
        data += d
    return queued, held, data


def describe(size, result):
    return f"{size} rounds, {result[0]} queued, {result[1]} held, data {result[2]}"


if __name__ == "__main__":
    _harness.main("richards", run, DEFAULT_SIZE, EXPECTED, describe=describe)
