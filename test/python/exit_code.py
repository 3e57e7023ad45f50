# sys.exit with an integer code from inside nested hot functions; finally blocks still run.
import sys


def validate(items):
    bad = 0
    for it in items:
        if not isinstance(it, int):
            bad += 1
    return bad


def main():
    for i in range(41):
        n = validate(list(range(i)) + ["x"] * (i % 3))
    print("last bad count", n)
    try:
        finish(n)
    finally:
        print("main finally runs")


def finish(code):
    try:
        if code:
            sys.exit(code + 1)
    finally:
        print("finish finally runs")
    print("not reached")


main()
print("not reached either")
