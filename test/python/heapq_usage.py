# heapq: push/pop in loops, heapify, nsmallest/nlargest, merge, priority queue with tuples.
import heapq


def heap_sort(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]


def k_smallest_stream(stream, k):
    h = []
    for x in stream:
        if len(h) < k:
            heapq.heappush(h, -x)
        elif -h[0] > x:
            heapq.heapreplace(h, -x)
    return sorted(-v for v in h)


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, ()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return sorted(dist.items())


data = [(i * 7919) % 101 for i in range(60)]
for i in range(20):
    hs = heap_sort(data[: i * 3])
print(hs[:10], hs == sorted(hs))
print(heap_sort([2.5, -1, 3, 0.5]), heap_sort(["pear", "apple", "fig"]))
print(k_smallest_stream(data, 5), heapq.nsmallest(5, data), heapq.nlargest(3, data))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, [(1, "x"), (3, "y"), (2, "z")]))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heappop(h), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge("ace", "bdf")))
graph = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)], "d": []}
for i in range(20):
    dj = dijkstra(graph, "a")
print(dj)
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "design"), (2, "review")]:
    heapq.heappush(tasks, (prio, len(tasks), name))
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])
