"""N-queens by backtracking: place queens row by row, keeping the attacked
columns and diagonals in sets. Recursion with set insertions and removals,
checked against the known solution counts.

  python3.11 nqueens.py [ROUNDS]
"""
import _harness

CATEGORY = "recursion"
DEFAULT_SIZE = 520
QUICK_SIZE = 5

BOARD = 8
# Number of solutions on an n x n board.
SOLUTIONS = {4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352}


def place(row, n, columns, diagonals, anti_diagonals):
    """Number of ways to complete a board whose first `row` rows are placed."""
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col in columns or row - col in diagonals or row + col in anti_diagonals:
            continue
        columns.add(col)
        diagonals.add(row - col)
        anti_diagonals.add(row + col)
        count += place(row + 1, n, columns, diagonals, anti_diagonals)
        columns.remove(col)
        diagonals.remove(row - col)
        anti_diagonals.remove(row + col)
    return count


def solutions(n):
    return place(0, n, set(), set(), set())


def run(rounds):
    for _ in range(rounds):
        for n in range(4, BOARD + 1):
            found = solutions(n)
            if found != SOLUTIONS[n]:
                raise AssertionError(f"{found} solutions on a {n}x{n} board, "
                                     f"expected {SOLUTIONS[n]}")


def describe(rounds, result):
    return f"{rounds} rounds, {SOLUTIONS[BOARD]} solutions on {BOARD}x{BOARD}"


if __name__ == "__main__":
    _harness.main("nqueens", run, DEFAULT_SIZE, describe=describe)
