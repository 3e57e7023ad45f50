/*===- Compiler.h - the in-process pipeline, callable from C ------------===*
 *
 * snapshot of a live code object -> `uop` dialect -> pass pipeline -> flat
 * uop program. The runtime (C) calls this when a code object gets hot.
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_COMPILER_H
#define UOPJIT_RUNTIME_COMPILER_H

#include "uopjit/IR/FlatProgram.h"
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct UopjitCompiled UopjitCompiled;

/* What the call that made a code object hot shows, as guesses for
   speculation: the values of its `nargs` parameters (`args`, NULL: none;
   Snapshot::observedArgTypes) and the frame's globals and builtins dicts
   (NULL: unknown), whose current keys versions tell which of the
   interpreter's LOAD_GLOBAL caches are stale. */
typedef struct UopjitObserved {
  void *const *args;
  int nargs;
  void *globals, *builtins;
  /* The code looks up, as a global, a class whose calls compiled code
     makes cheaper (Frames.h uopjit_is_plain_class). */
  int makes_instances;
} UopjitObserved;

/* Compiles `code` (a PyCodeObject) with the MLIR pass pipeline `passes`
   ("" or "none": no optimization). The optimized dialect is printed and
   kept only when `keep_dialect` is set (printing costs about a sixth of a
   compilation). The `ngeneric` instructions at the bytecode offsets
   `generic` are compiled as their generic form, not as the specialized one
   the interpreter has there. `observed` (NULL: nothing) is what the call
   that made the code hot shows. `rules` says which profitability rules
   apply (docs/performance.md, "Which code is compiled"): code a compiled
   activation would not pay back is not compiled. On failure returns NULL,
   writes the reason (the first diagnostic: op, location, problem) into
   `why` and the rule that rejected the code, if one did, into
   `*rejected_by` (else 0). */
enum {
  /* A generator or coroutine whose every loop suspends. */
  UOPJIT_RULE_SUSPENDING = 1,
  /* A function without loops, recursion or instances of plain classes to
     make whose optimized code keeps no number unboxed. */
  UOPJIT_RULE_LEAF = 2,
};
UopjitCompiled *uopjit_compile_code(void *code, const char *passes, int keep_dialect,
                                    const int32_t *generic, size_t ngeneric,
                                    const UopjitObserved *observed, unsigned rules,
                                    int *rejected_by, char *why, size_t whylen);
const UopjitProgram *uopjit_compiled_program(const UopjitCompiled *compiled);
/* The flat program as `uop-translate --export-uops` prints it (malloc'ed),
   and the optimized dialect (malloc'ed; NULL when it was not kept). */
char *uopjit_compiled_listing(const UopjitCompiled *compiled);
char *uopjit_compiled_dialect(const UopjitCompiled *compiled);
void uopjit_compiled_free(UopjitCompiled *compiled);
/* Whether the generic instruction `opcode` may jump backward (the catalog:
   a uop of it with the jump-back flag). */
int uopjit_opcode_jumps_back(int opcode);

/* The passes' counters summed over every compilation so far, one entry per
   pass and counter (PassCounters.h):
   entry `i` (0 <= i < the returned count of the first call) as pass
   argument, counter name and value. Returns the number of entries. */
size_t uopjit_pass_counter(size_t i, const char **pass, const char **name, uint64_t *value);

/* Where uopjit_compile_code's time went, summed over every compilation so
   far: entry `i` (0 <= i < the returned count) as phase name ("snapshot",
   "import", "passes", "verify", "lower") and seconds (the monotonic
   clock: a vDSO read, cheap enough around each phase). */
size_t uopjit_compile_phase(size_t i, const char **name, double *seconds);

#ifdef __cplusplus
}
#endif

#endif
