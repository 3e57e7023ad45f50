# sys.exit with a string message (printed to stderr, status 1), SystemExit caught once first,
# and atexit handlers running in LIFO order.
import atexit
import sys


def bye(name):
    print("atexit", name)


atexit.register(bye, "first")
atexit.register(bye, "second")


def check(values):
    total = 0
    for v in values:
        if v < 0:
            sys.exit("negative value %d" % v)
        total += v
    return total


for i in range(40):
    t = check(range(i))
print(t)
try:
    check([1, -1])
except SystemExit as e:
    print("caught SystemExit:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
sys.stdout.flush()
check([5, 6, -7, 8])
