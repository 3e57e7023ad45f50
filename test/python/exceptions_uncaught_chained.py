# Uncaught exception with explicit and implicit chaining: both chained tracebacks on stderr.

class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e


def load(settings, keys):
    values = []
    for k in keys:
        values.append(read_setting(settings, k))
    return values


def cleanup_fails():
    try:
        load({}, ["x"])
    except ConfigError:
        return 1 / 0


settings = {"a": 1, "b": 2}
for i in range(40):
    v = load(settings, ["a", "b"])
print(v)
try:
    load(settings, ["a", "c"])
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print("now uncaught")
cleanup_fails()
