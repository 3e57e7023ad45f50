# decimal.Decimal and fractions.Fraction arithmetic in hot loops: contexts and precision,
# rounding modes, quantize, exact conversions from floats, mixed operations and errors.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction


def harmonic(n):
    s = Fraction(0)
    for k in range(1, n + 1):
        s += Fraction(1, k)
    return s


def compound(principal, rate, years):
    amount = Decimal(principal)
    r = Decimal(rate)
    for _ in range(years):
        amount = (amount * (1 + r)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return amount


def egyptian(fr):
    out = []
    while fr.numerator != 0:
        d = -(-fr.denominator // fr.numerator)
        out.append(d)
        fr -= Fraction(1, d)
    return out


for i in range(60):
    harmonic(i % 12)
    compound("100", "0.05", i % 5)
print(harmonic(20), float(harmonic(20)), compound("1000.00", "0.037", 30), compound(250, "0.1", 3))
print(egyptian(Fraction(4, 13)), egyptian(Fraction(5, 121)), Fraction(3.75), Fraction("-6/8"), Fraction(0.1))
print(Fraction(1, 3) + 1, Fraction(1, 3) * 0.5, Fraction(2, 3) ** 2, Fraction(4, 9) ** 0.5, Fraction(7, 3) // 1, Fraction(-7, 3) % 1)
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(5, 10) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") + Decimal("1.20"), Decimal("10") / Decimal("4"), Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(getcontext().prec, Decimal(2).sqrt())
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(mode, [str(Decimal(s).quantize(Decimal("1"), rounding=mode)) for s in ("0.5", "1.5", "2.5", "-2.5", "2.4999")])
print(Decimal("-0"), Decimal("Infinity") - 1, Decimal("NaN").is_nan(), Decimal("1e3").normalize(), Decimal("1.2300").normalize(), Decimal("123.456").as_tuple())
for bad in (lambda: Decimal(1) / Decimal(0), lambda: Decimal("abc"), lambda: Decimal("NaN") < 1, lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Decimal(1) + 1.0):
    try:
        print(bad())
    except (ArithmeticError, ValueError, TypeError, InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
print(sum(Decimal("0.01") for _ in range(100)), sum(Fraction(1, 100) for _ in range(100)), sorted([Fraction(1, 3), Decimal("0.3"), 0.35, 1]))
print("%s %.3f {}".format(Fraction(22, 7)) % (Decimal("3.14159"), Decimal("3.14159")), f"{Decimal('1234.5678'):,.2f}", int(Decimal("-3.7")), int(Fraction(-7, 2)))
