# Nested data structures: adjacency lists, BFS/DFS, JSON round-trip.
import json
from collections import deque


def make_graph(n):
    g = {}
    for i in range(n):
        g[i] = [(i * 2) % n, (i * 3 + 1) % n]
    return g


def bfs(g, start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def dfs(g, u, seen, order):
    seen.add(u)
    order.append(u)
    for v in g[u]:
        if v not in seen:
            dfs(g, v, seen, order)
    return order


def deep_sum(obj):
    if isinstance(obj, dict):
        return sum(deep_sum(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(deep_sum(v) for v in obj)
    if isinstance(obj, (int, float)):
        return obj
    return 0


for n in range(2, 30):
    g = make_graph(n)
    d = bfs(g, 0)
print(sorted(d.items()))
print(dfs(make_graph(17), 0, set(), []))
doc = {"a": [1, 2, {"b": 3.5, "c": [4, "x"]}], "d": {"e": {"f": 6}}, "g": None}
print(deep_sum(doc))
s = json.dumps(doc, sort_keys=True)
print(s)
print(json.loads(s) == doc, deep_sum(json.loads(s)))
