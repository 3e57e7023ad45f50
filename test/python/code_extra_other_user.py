# Another user of the code objects' extra slots (PEP 523's
# _PyEval_RequestCodeExtraIndex, as a debugger or profiler uses it) with a
# free function written in Python (a ctypes callback). CPython calls it when
# a code object that holds an extra array dies, for every slot, NULL ones
# too; uopjit's own extra on the code objects it runs must not make it run
# for code the other user never touched (it did, and at interpreter
# finalization such a callback crashed: CPython's test_code).
import ctypes
import gc

py = ctypes.pythonapi
freefunc = ctypes.CFUNCTYPE(None, ctypes.c_voidp)
request_index = py._PyEval_RequestCodeExtraIndex
request_index.argtypes = (freefunc,)
request_index.restype = ctypes.c_ssize_t
set_extra = py._PyCode_SetExtra
set_extra.argtypes = (ctypes.py_object, ctypes.c_ssize_t, ctypes.c_voidp)
set_extra.restype = ctypes.c_int
get_extra = py._PyCode_GetExtra
get_extra.argtypes = (ctypes.py_object, ctypes.c_ssize_t, ctypes.POINTER(ctypes.c_voidp))
get_extra.restype = ctypes.c_int

freed = []


def on_free(pointer):
    freed.append(pointer)


FREE = freefunc(on_free)
INDEX = request_index(FREE)


def make(body):
    namespace = {}
    exec(f"def f(x):\n    return {body}", namespace)
    return namespace["f"]


def run_and_drop(rounds):
    # Code objects this user never touches: it hears of none of them.
    for i in range(rounds):
        f = make(f"x + {i}")
        total = sum(f(k) for k in range(5))
        del f
    gc.collect()
    return total


def mark_and_drop(value):
    # One it marks: freed once, with its value, even after uopjit ran it.
    f = make("x * 2")
    f(1)
    set_extra(f.__code__, INDEX, ctypes.c_voidp(value))
    for k in range(5):
        f(k)
    got = ctypes.c_voidp()
    get_extra(f.__code__, INDEX, got)
    del f
    gc.collect()
    return got.value


for round_ in range(3):
    print(run_and_drop(4), freed)
    print(mark_and_drop(100 + round_), freed)
freed.clear()
print("done")
