# Operators CPython 3.11 never specializes (// % & | ^ << >>) with an int
# on one side and an input of unknown type on the other: --uop-unbox takes
# the unknown input to be an int (GUARD_BOTH_INT, UNBOX_INT). Each function
# is warmed with ints, then sees what breaks the guess: floats, bools, int
# subclasses, ints beyond 64 bits, strs formatted with %, objects with
# reflected operators, and errors raised inside (tracebacks). The results
# and tracebacks must be the interpreter's.
import traceback


class Bits(int):
    def __and__(self, other):
        return "Bits.__and__"


class Reflect:
    def __rmod__(self, other):
        return f"Reflect.__rmod__({other})"

    def __rlshift__(self, other):
        return f"Reflect.__rlshift__({other})"


def digit(x):
    return x % 10


def rem_of(x):
    return 1000 % x


def low_byte(x):
    return x & 0xFF


def mix(state):
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state


def halves(x):
    return x // 3, 7 // x if x else None


def shift_by(n):
    return 1 << n


def fmt(template):
    return template % 5


def warm(f, values):
    out = None
    for _ in range(40):
        for v in values:
            out = f(v)
    return out


def main():
    print(warm(digit, range(100)), digit(7.5), digit(True), digit(-13), digit(2 ** 70 + 3))
    print(warm(rem_of, [7, 9, -11]), digit(Bits(42)), digit(-7.25), rem_of(Reflect()), rem_of(2.5))
    print(warm(low_byte, range(300)), low_byte(True), low_byte(Bits(3)), low_byte(2 ** 64 + 5))
    print(warm(low_byte, [1.0] if False else [7, 8]), low_byte(-1))
    state = 2463534242
    for _ in range(2000):
        state = mix(state)
    print("mix", state, mix(2 ** 62), mix(-(2 ** 40)), mix(True))
    print(warm(halves, [1, 2, -5, 10 ** 6]), halves(2.5), halves(-(2 ** 61)), halves(2 ** 65))
    print(warm(shift_by, range(40)), shift_by(63), shift_by(64), shift_by(200) == 2 ** 200)
    print(shift_by(Reflect()))
    for bad in (-1, "x", 1.5):
        try:
            shift_by(bad)
        except (ValueError, TypeError):
            traceback.print_exc()
    try:
        halves(0.0)
    except ZeroDivisionError:
        traceback.print_exc()
    # A str on the unknown side: formatting, not an int remainder. Its guard
    # fails every time; the site ends up generic.
    print(warm(fmt, ["%d", "%03d", "<%x>"]), fmt("%s!"))
    for _ in range(3000):
        digit(2.5)
    print("after", digit(17), digit(17.5), low_byte(257))


main()
