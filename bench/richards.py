# An attribute-heavy OOP task scheduler in the spirit of the classic Richards benchmark.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)

class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.count = 0
    def runnable(self):
        return not self.held and bool(self.queue)
    def take(self):
        p = self.queue.pop(0)
        return p
    def run(self, packet):
        raise NotImplementedError

class IdleTask(Task):
    def __init__(self, s, ident, prio, count):
        super().__init__(s, ident, prio, [])
        self.remaining = count
        self.seed = 1
    def runnable(self):
        return self.remaining > 0
    def run(self, packet):
        self.remaining -= 1
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.scheduler.release(DEVICE_B)
        else:
            self.seed >>= 1
            self.scheduler.release(DEVICE_A)

class WorkerTask(Task):
    def __init__(self, s, ident, prio, queue):
        super().__init__(s, ident, prio, queue)
        self.dest = HANDLER_A
        self.n = 0
    def run(self, packet):
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.n = self.n + 1 if self.n < 26 else 1
            packet.data[i] = self.n
        self.scheduler.send(packet)

class HandlerTask(Task):
    def __init__(self, s, ident, prio, queue, device):
        super().__init__(s, ident, prio, queue)
        self.device = device
    def run(self, packet):
        packet.datum = (packet.datum + sum(packet.data)) & 0xFFFF
        self.count += 1
        packet.ident = self.device
        self.scheduler.send(packet)

class DeviceTask(Task):
    def run(self, packet):
        self.count += 1
        self.held = True
        self.scheduler.hold_count += 1
        packet.ident = WORKER
        self.scheduler.send(packet)

class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.hold_count = 0
        self.qpkt_count = 0
    def add(self, task):
        self.tasks[task.ident] = task
    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
    def send(self, packet):
        self.qpkt_count += 1
        self.tasks[packet.ident].queue.append(packet)
    def schedule(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        progress = True
        while progress:
            progress = False
            for task in order:
                if task.runnable():
                    packet = task.take() if task.queue else None
                    task.run(packet)
                    progress = True
                    break

s = Scheduler()
s.add(IdleTask(s, IDLE, 0, 90_000))
s.add(WorkerTask(s, WORKER, 1000, [Packet(None, WORKER, 1) for _ in range(2)]))
s.add(HandlerTask(s, HANDLER_A, 2000, [], DEVICE_A))
s.add(HandlerTask(s, HANDLER_B, 3000, [], DEVICE_B))
s.add(DeviceTask(s, DEVICE_A, 4000, []))
s.add(DeviceTask(s, DEVICE_B, 5000, []))
s.schedule()
print(s.qpkt_count, s.hold_count, s.tasks[HANDLER_A].count, s.tasks[HANDLER_B].count, s.tasks[DEVICE_A].count)
