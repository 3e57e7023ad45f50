"""A JSON-like document tree: nested dicts and lists of users, posts,
comments and tags are built, then walked recursively to count nodes by
type, sum the numbers, find the depth, collect the tags and serialize the
tree with a hand-written encoder (checked against json.dumps).

  python3.11 json_tree.py [ROUNDS]
"""
import json

import _harness

CATEGORY = "tree"
DEFAULT_SIZE = 1350
QUICK_SIZE = 6

USERS = 12
TAGS = ["python", "jit", "mlir", "bytecode", "llvm", "cpython", "benchmark"]

# Sum of the per-round results.
EXPECTED = {1350: 40269158, 6: 169925}


def make_document(seed):
    state = seed

    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % n

    users = []
    for u in range(USERS):
        posts = []
        for p in range(1 + rand(4)):
            comments = [{"author": f"user{rand(USERS)}", "likes": rand(50),
                         "text": "nice" if rand(2) else "hmm", "flagged": rand(10) == 0}
                        for _ in range(rand(5))]
            posts.append({"id": u * 100 + p, "title": f"post {p} of {u}",
                          "score": rand(1000) / 10.0,
                          "tags": [TAGS[rand(len(TAGS))] for _ in range(1 + rand(3))],
                          "comments": comments, "draft": None if rand(3) else True})
        users.append({"name": f"user{u}", "age": 18 + rand(60), "posts": posts,
                      "profile": {"bio": "x" * rand(20),
                                  "links": [f"l{k}" for k in range(rand(3))]}})
    return {"version": 3, "users": users, "meta": {"seed": seed, "count": USERS}}


def count_types(node, counts):
    """Adds the number of nodes of each JSON type below node into counts."""
    if isinstance(node, dict):
        counts["object"] = counts.get("object", 0) + 1
        for value in node.values():
            count_types(value, counts)
    elif isinstance(node, list):
        counts["array"] = counts.get("array", 0) + 1
        for item in node:
            count_types(item, counts)
    elif isinstance(node, str):
        counts["string"] = counts.get("string", 0) + 1
    elif node is None or isinstance(node, bool):
        counts["literal"] = counts.get("literal", 0) + 1
    else:
        counts["number"] = counts.get("number", 0) + 1
    return counts


def number_sum(node):
    if isinstance(node, dict):
        return sum(number_sum(v) for v in node.values())
    if isinstance(node, list):
        return sum(number_sum(v) for v in node)
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return node
    return 0


def depth(node):
    if isinstance(node, dict):
        return 1 + max((depth(v) for v in node.values()), default=0)
    if isinstance(node, list):
        return 1 + max((depth(v) for v in node), default=0)
    return 0


def find_key(node, key, found):
    """Appends every value stored under `key` anywhere in the tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            find_key(v, key, found)
    elif isinstance(node, list):
        for item in node:
            find_key(item, key, found)
    return found


def encode(node):
    """Compact JSON text, the same as json.dumps(node, separators=(',', ':'))."""
    if isinstance(node, dict):
        return "{" + ",".join(encode(k) + ":" + encode(v) for k, v in node.items()) + "}"
    if isinstance(node, list):
        return "[" + ",".join(encode(v) for v in node) + "]"
    if isinstance(node, str):
        return '"' + node + '"'  # our strings need no escaping
    if node is None:
        return "null"
    if node is True:
        return "true"
    if node is False:
        return "false"
    return repr(node)


def one_round(r):
    doc = make_document(r + 1)
    counts = count_types(doc, {})
    tags = find_key(doc, "tags", [])
    distinct = sorted({t for group in tags for t in group})
    text = encode(doc)
    if r % 10 == 0 and text != json.dumps(doc, separators=(",", ":")):
        raise AssertionError("encode differs from json.dumps")
    return sum(counts.values()) + round(number_sum(doc)) + depth(doc) + len(distinct) + len(text)


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


if __name__ == "__main__":
    _harness.main("json_tree", run, DEFAULT_SIZE, EXPECTED)
