# try/finally inside hot loops with return, break and continue in the try and in the finally
# (finally overriding return values, swallowing exceptions, break in finally).


def ret_in_try(n):
    log = []
    for i in range(n):
        try:
            if i == 3:
                return i, log
        finally:
            log.append(i)
    return None, log


def finally_overrides(x):
    try:
        return "try %d" % x
    finally:
        if x % 2:
            return "finally %d" % x


def swallow(n):
    count = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            finally:
                if i % 2:
                    continue
        except ValueError:
            count += 100
        count += 1
    return count


def break_in_finally(n):
    out = []
    for i in range(n):
        try:
            if i == 2:
                raise KeyError("lost")
            out.append(i)
        finally:
            if i == 2:
                break
    return out


def continue_in_finally(n):
    out = []
    i = 0
    while i < n:
        i += 1
        try:
            if i % 3 == 0:
                raise IndexError(i)
            out.append(i)
        finally:
            continue
    return out


def nested(n):
    trace = []
    for i in range(n):
        for j in range(n):
            try:
                try:
                    if j == 1:
                        continue
                    if j == 2:
                        break
                    trace.append((i, j))
                finally:
                    trace.append("inner")
            finally:
                trace.append("outer")
    return trace


def return_value_in_finally_seen():
    x = 1
    try:
        return x
    finally:
        x = 2


def exc_then_return():
    try:
        1 / 0
    finally:
        return "finally won"


for i in range(60):
    ret_in_try(5)
    finally_overrides(i)
    swallow(4)
    break_in_finally(4)
    continue_in_finally(7)
    nested(3)
print(ret_in_try(5), ret_in_try(2))
print([finally_overrides(i) for i in range(4)])
print(swallow(6), break_in_finally(6), continue_in_finally(10))
print(nested(3))
print(return_value_in_finally_seen(), exc_then_return())
import sys
print(sys.exc_info())
