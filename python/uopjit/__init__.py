"""uopjit: a method JIT for CPython 3.11 built on MLIR.

Run a program with the JIT: `uopjit SCRIPT.py` (or `python3.11 -m uopjit`).
From Python:

  uopjit.enable(threshold=1000, passes="uop-optimize")  install the JIT
                            (also count_uops, backend, keep_ir,
                            compile_all=True: no profitability rules, and
                            loop_ms: compile a function with loops once
                            the interpreter spent that long in it)
  uopjit.disable()          stop it (whoever replaced it keeps their place)
  uopjit.is_active()
  uopjit.compile(func)      compile func's code now; True if it compiled
  uopjit.info(func)         compiled or not and why, uops, deopts per exit,
                            the flat program ("listing") and the optimized
                            dialect (None unless compile() compiled it or
                            enable(keep_ir=True) / --keep-ir was on)
  uopjit.stats()            counters of the whole run

`uopjit dump` writes the specialized bytecode of a script's code objects
(see uopjit.snapshot).
"""
__all__ = ["enable", "disable", "is_active", "compile", "info", "stats"]


def __getattr__(name):
    # The runtime (which loads MLIR) is imported on first use, so that
    # `uopjit dump` and `uopjit.snapshot` work without it.
    if name in __all__:
        from uopjit import _uopjit
        return getattr(_uopjit, name)
    raise AttributeError(f"module 'uopjit' has no attribute '{name}'")
