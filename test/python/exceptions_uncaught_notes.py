# Ends with an uncaught exception that carries add_note() notes and an explicit cause chain whose
# links also have notes, raised from hot code (exit status 1, full traceback compared).


class ConfigError(Exception):
    pass


def parse_value(text):
    return int(text)


def load(entries):
    out = {}
    for key, text in entries:
        try:
            out[key] = parse_value(text)
        except ValueError as e:
            e.add_note("while parsing key %r" % key)
            raise ConfigError("bad config entry %s" % key) from e
    return out


def loader(n):
    total = 0
    for i in range(n):
        total += sum(load([("a", str(i)), ("b", "7")]).values())
    return total


print(loader(60))
try:
    load([("x", "1"), ("y", "oops")])
except ConfigError as e:
    print("caught", e, "| cause:", repr(e.__cause__), "| notes:", e.__cause__.__notes__)


def outer():
    try:
        load([("port", "80"), ("host", "local host")])
    except ConfigError as e:
        e.add_note("config file: app.ini")
        e.add_note("line 12")
        raise


outer()
