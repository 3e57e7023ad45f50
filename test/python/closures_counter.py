# Closures with nonlocal counters, independent instances, cells shared.

def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def make_account(balance):
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("d", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("fail", x))
            return None
        balance -= x
        history.append(("w", x))
        return balance

    def report():
        return balance, list(history)
    return deposit, withdraw, report


c1 = make_counter()
c2 = make_counter(100, -3)
for i in range(50):
    a = c1()
    b = c2()
print(a, b)
c3 = make_counter(0.5, 0.25)
print([c3() for _ in range(4)])
c4 = make_counter("", "ab")
print([c4() for _ in range(3)])
dep, wd, rep = make_account(10)
for i in range(20):
    dep(i)
    wd(i * 2)
print(rep())
print(c1.__code__.co_freevars, make_account.__code__.co_cellvars)
print(c1.__closure__[0].cell_contents, c1.__closure__[1].cell_contents)
