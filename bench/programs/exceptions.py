"""Exceptions raised and caught in loops: a parser that signals bad input
with a custom exception hierarchy, KeyError/IndexError/ZeroDivisionError
from failed lookups and arithmetic, try/except/else/finally, re-raising
with `raise ... from`, and exceptions crossing a few frames.

  python3.11 exceptions.py [ROUNDS]
"""
import _harness

CATEGORY = "exception"
DEFAULT_SIZE = 1500
QUICK_SIZE = 15

ITEMS = 400

# Sum of the per-round results.
EXPECTED = {1500: 321198000, 15: 3211980}


class ParseError(Exception):
    """Bad input; carries the position."""

    def __init__(self, message, position):
        super().__init__(message)
        self.position = position


class EmptyField(ParseError):
    pass


class BadNumber(ParseError):
    pass


def parse_field(text, position):
    if not text:
        raise EmptyField("empty field", position)
    if not text.lstrip("-").isdigit():
        raise BadNumber(f"not a number: {text!r}", position)
    return int(text)


def parse_record(line):
    """Sum of the fields; ParseError for the first bad one."""
    total = 0
    for position, text in enumerate(line.split(",")):
        total += parse_field(text, position)
    return total


def lookup(table, key):
    """Wraps KeyError into a LookupError with a cause, one frame up."""
    try:
        return table[key]
    except KeyError as error:
        raise LookupError(f"missing {key}") from error


def safe_ratio(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def make_lines(count):
    lines = []
    for i in range(count):
        kind = i % 5
        if kind == 0:
            lines.append(f"{i},{i + 1},")
        elif kind == 1:
            lines.append(f"{i},x{i}")
        else:
            lines.append(f"{i},{i * 2},{-i}")
    return lines


def one_round(lines, table):
    good = empty = bad = missing = cleanups = 0
    for line in lines:
        try:
            good += parse_record(line)
        except EmptyField as error:
            empty += error.position
        except ParseError:
            bad += 1
        finally:
            cleanups += 1
    for key in range(len(lines)):
        try:
            value = lookup(table, key)
        except LookupError as error:
            if isinstance(error.__cause__, KeyError):
                missing += 1
        else:
            good += value
    ratios = 0
    for i in range(len(lines)):
        ratios += safe_ratio(i, i % 4)
    items = [1, 2, 3]
    for i in range(len(lines)):
        try:
            ratios += items[i % 5]
        except IndexError:
            ratios -= 1
    return good + empty + bad + missing + cleanups + ratios


def run(rounds):
    lines = make_lines(ITEMS)
    table = {k: k * 3 for k in range(0, ITEMS, 3)}
    return sum(one_round(lines, table) for _ in range(rounds))


if __name__ == "__main__":
    _harness.main("exceptions", run, DEFAULT_SIZE, EXPECTED)
