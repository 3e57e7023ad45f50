# contextlib helpers: suppress, ExitStack with callbacks, closing, nullcontext, redirect_stdout.
import contextlib
import io


class Closeable:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def close(self):
        self.log.append("closed " + self.name)


def parse_all(items):
    out = []
    for it in items:
        with contextlib.suppress(ValueError, TypeError):
            out.append(int(it))
    return out


def stacked(n, log):
    with contextlib.ExitStack() as stack:
        for i in range(n):
            stack.callback(log.append, "cb%d" % i)
            stack.enter_context(contextlib.closing(Closeable("c%d" % i, log)))
        log.append("body")
    return log


for i in range(30):
    r = parse_all(["1", "x", 2.5, None, str(i)])
print(r)
print(stacked(3, []))
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    for i in range(3):
        print("captured", i)
print(repr(buf.getvalue()))
log = []
try:
    with contextlib.ExitStack() as st:
        st.callback(log.append, "cleanup")
        raise LookupError("inside stack")
except LookupError as e:
    print(e, log)
