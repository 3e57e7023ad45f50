"""Graph algorithms on dicts, lists and sets: a random sparse graph as an
adjacency dict, breadth-first search for distances, depth-first search
with an explicit stack for connected components, and Dijkstra with heapq.
Dict lookups, set membership and list append/pop in loops.

  python3.11 graph_bfs.py [ROUNDS]
"""
import heapq
import random

import _harness

CATEGORY = "container"
DEFAULT_SIZE = 3000
QUICK_SIZE = 10

NODES = 300
EDGES = 450

# Sum of the per-round results.
EXPECTED = {3000: 21799420, 10: 69414}


def make_graph(rng):
    """{node: {neighbor: weight}}, undirected."""
    graph = {node: {} for node in range(NODES)}
    for _ in range(EDGES):
        a = rng.randrange(NODES)
        b = rng.randrange(NODES)
        if a != b:
            w = rng.randint(1, 9)
            graph[a][b] = w
            graph[b][a] = w
    return graph


def bfs(graph, start):
    """{node: hops from start} for every reachable node."""
    distance = {start: 0}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for neighbor in graph[node]:
                if neighbor not in distance:
                    distance[neighbor] = distance[node] + 1
                    following.append(neighbor)
        frontier = following
    return distance


def components(graph):
    """A list of sets, one per connected component."""
    seen = set()
    result = []
    for node in graph:
        if node in seen:
            continue
        component = set()
        stack = [node]
        while stack:
            current = stack.pop()
            if current in component:
                continue
            component.add(current)
            stack.extend(n for n in graph[current] if n not in component)
        seen |= component
        result.append(component)
    return result


def dijkstra(graph, start):
    best = {start: 0}
    heap = [(0, start)]
    done = set()
    while heap:
        dist, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbor, weight in graph[node].items():
            candidate = dist + weight
            if candidate < best.get(neighbor, 1 << 60):
                best[neighbor] = candidate
                heapq.heappush(heap, (candidate, neighbor))
    return best


def one_round(graph, r):
    start = (r * 7919) % NODES
    hops = bfs(graph, start)
    parts = components(graph)
    weights = dijkstra(graph, start)
    if set(hops) != set(weights):
        raise AssertionError("BFS and Dijkstra reach different nodes")
    if sum(len(p) for p in parts) != NODES:
        raise AssertionError("components do not cover the graph")
    return sum(hops.values()) + sum(weights.values()) + len(parts)


def run(rounds):
    graph = make_graph(random.Random(2024))
    return sum(one_round(graph, r) for r in range(rounds))


if __name__ == "__main__":
    _harness.main("graph_bfs", run, DEFAULT_SIZE, EXPECTED)
