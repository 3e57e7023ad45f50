# A generator that throw() sends into an exception handler: the handler
# (run by the interpreter) rebinds locals and loops back to the same yield,
# and the next send() resumes there. What held at the yield before (a flag
# that was False, a local that was an int, a local that was unbound) no
# longer does. The shape of asyncio.Condition.wait's re-acquire loop.


def retry_until_sent():
    cancelled = False
    attempts = 0
    while True:
        attempts += 1
        try:
            got = yield "waiting"
            break
        except KeyError:
            cancelled = True
    if cancelled:
        return ("cancelled", got, attempts)
    return ("ok", got, attempts)


def retyped():
    total = 0
    while True:
        try:
            step = yield total
            total = total + step
            if step == 0:
                return total
        except TypeError:
            total = "text:"


def bound_in_handler():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            saved = e
    yield ("saved", repr(saved))


def finish(gen, first_sent):
    try:
        gen.send(first_sent)
    except StopIteration as stop:
        return stop.value
    return "still running"


results = []
for round_ in range(3):
    g = retry_until_sent()
    results.append(next(g))
    results.append(g.throw(KeyError("cancel")))
    results.append(finish(g, round_))

    g = retry_until_sent()
    next(g)
    results.append(finish(g, "plain"))

    r = retyped()
    results.append(next(r))
    results.append(r.send(2))
    results.append(r.throw(TypeError))
    results.append(r.send("x"))
    results.append(r.send("y"))

    b = bound_in_handler()
    results.append(next(b))
    results.append(b.throw(ValueError("kept")))
    results.append(next(b))
    results.append(next(b))
print(results)
