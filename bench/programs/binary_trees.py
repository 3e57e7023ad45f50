"""Binary trees: build complete trees of node objects recursively, walk
them recursively to count the nodes, and throw them away; many short-lived
trees and one long-lived one (Benchmarks Game binary-trees, with a Node
class instead of tuples).

  python3.11 binary_trees.py [MAX_DEPTH]
"""
import _harness

CATEGORY = "recursion"
DEFAULT_SIZE = 15
QUICK_SIZE = 8

MIN_DEPTH = 4


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check_tree(node):
    """The number of nodes below and including node."""
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def run(max_depth):
    """Node counts: stretch tree, each depth's batch, long-lived tree."""
    counts = [check_tree(make_tree(max_depth + 1))]
    long_lived = make_tree(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check_tree(make_tree(depth))
        counts.append(total)
    counts.append(check_tree(long_lived))
    return counts


def expected_counts(max_depth):
    """The same counts from the closed form: a tree of depth d has 2^(d+1) - 1 nodes."""
    counts = [2 ** (max_depth + 2) - 1]
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        counts.append(2 ** (max_depth - depth + MIN_DEPTH) * (2 ** (depth + 1) - 1))
    counts.append(2 ** (max_depth + 1) - 1)
    return counts


def verify(max_depth, counts):
    if counts != expected_counts(max_depth):
        raise AssertionError(f"node counts {counts} != {expected_counts(max_depth)}")


def describe(max_depth, counts):
    return f"max depth {max_depth}, {sum(counts)} nodes checked"


if __name__ == "__main__":
    _harness.main("binary_trees", run, DEFAULT_SIZE, describe=describe, verify=verify)
