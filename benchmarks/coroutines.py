# coroutines: a producer/filter/consumer pipeline of generators, and a
# recursive inorder generator (`yield from`) over a binary tree.

# Part 1: pipeline.  producer -> mapper -> filter -> consumer
N = 400000


def producer(n, x):
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % 100000


def mapper(src):
    for v in src:
        yield (v * v + 7) % 1000003


def filter_(src):
    for v in src:
        if v % 3 != 0:
            yield v


def consumer(src):
    total, count, maxv = 0, 0, 0
    for v in src:
        total += v
        count += 1
        if v > maxv:
            maxv = v
    return total, count, maxv


# Part 2: recursive inorder walk of a complete binary tree
class Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None


seed = 42


def build(depth):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    node = Node(seed % 1000)
    if depth > 1:
        node.left = build(depth - 1)
        node.right = build(depth - 1)
    return node


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


DEPTH = 18


def main():
    for rnd in range(1, 3):
        total, count, maxv = consumer(filter_(mapper(producer(N, 12345 * rnd))))
        print(f"pipeline {rnd}: count={count} sum={total} max={maxv}")

    tree = build(DEPTH)
    for rnd in range(1, 3):
        total, count, weighted = 0, 0, 0
        mult = 29 + 2 * rnd
        for v in walk(tree):
            count += 1
            total += v
            weighted = (weighted * mult + v) % 1000000007
        print(f"tree {rnd}: depth={DEPTH} nodes={count} sum={total} hash={weighted}")


main()
