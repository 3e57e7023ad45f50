"""uopjit: a method JIT for CPython 3.11 built on MLIR.

What exists today: `uopjit dump` (see `uopjit.snapshot`), which writes the
specialized bytecode of every code object a script reaches. Running programs
with the JIT comes with issue 3/5.
"""

__all__ = ["snapshot"]
