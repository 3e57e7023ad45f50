"""String building and formatting: records rendered as CSV lines and a
fixed-width report with f-strings, %-formatting and str.format, joined,
then parsed back with split/strip/int/float and compared with the
originals (a round trip, so the check needs no stored answer).

  python3.11 string_build.py [ROUNDS]
"""
import _harness

CATEGORY = "string"
DEFAULT_SIZE = 2700
QUICK_SIZE = 20

RECORDS = 200
NAMES = ["ada", "grace", "alan", "edsger", "barbara", "donald", "ken", "dennis"]

# Total length of everything rendered.
EXPECTED = {2700: 36102204, 20: 267328}


def make_records(count, seed):
    records = []
    for i in range(count):
        name = NAMES[(i * 7 + seed) % len(NAMES)]
        records.append((i, f"{name}_{i % 97}", (i * 37 + seed) % 1000, (i * 13 % 1000) / 8.0))
    return records


def to_csv(records):
    return "\n".join(f"{ident},{name},{count},{price:.3f}"
                     for ident, name, count, price in records)


def from_csv(text):
    records = []
    for line in text.split("\n"):
        ident, name, count, price = line.split(",")
        records.append((int(ident), name, int(count), float(price)))
    return records


def report(records):
    """A fixed-width table with a header, one line per record, and a total."""
    lines = ["%-6s %-12s %6s %10s" % ("id", "name", "count", "price")]
    total = 0.0
    for ident, name, count, price in records:
        lines.append("{:<6d} {:<12s} {:>6d} {:>10.3f}".format(ident, name.title(), count, price))
        total += count * price
    lines.append(f"{'total':<6} {'':<12} {len(records):>6} {total:>10.2f}")
    return "\n".join(lines)


def escape(text):
    """Builds a new string character by character."""
    out = []
    for ch in text:
        if ch == "_":
            out.append("\\u")
        elif ch.isdigit():
            out.append(chr(ord("a") + int(ch)))
        else:
            out.append(ch.upper())
    return "".join(out)


def one_round(r):
    records = make_records(RECORDS, r)
    csv = to_csv(records)
    parsed = from_csv(csv)
    if parsed != records:
        raise AssertionError("CSV round trip changed the records")
    table = report(parsed)
    if table.count("\n") != RECORDS + 1:
        raise AssertionError("report has the wrong number of lines")
    escaped = escape(csv[:1000])
    return len(csv) + len(table) + len(escaped)


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


def describe(size, result):
    return f"{size} rounds, {result} characters rendered"


if __name__ == "__main__":
    _harness.main("string_build", run, DEFAULT_SIZE, EXPECTED, describe=describe)
