/*===- FlatProgram.h - the flat uop program (C and C++) -----------------===*
 *
 * What the lowering makes from the `uop` dialect and what the tier-2
 * interpreter and the copy-and-patch backend run: a sequence of uops over
 * numbered registers. Plain C structs, because the runtime's C code (the
 * uop bodies, compiled against CPython's internal headers) reads them.
 *
 * Registers hold PyObject pointers or raw integers (a jump's `taken`, a
 * loop's exit selector). Object registers own one reference while their
 * value is live; the lowering made every incref/decref explicit
 * (COPY_REF, MOVE_REF, DECREF), so uop bodies borrow their inputs and
 * return new references (docs/backend.md).
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_IR_FLATPROGRAM_H
#define UOPJIT_IR_FLATPROGRAM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* At most this many immediates per uop (the catalog's maximum). */
#define UOPJIT_MAX_IMMS 4
/* At most this many values in one array operand or result of a uop (the
   bodies gather them into fixed scratch buffers). */
#define UOPJIT_MAX_ARRAY 256

typedef struct UopjitInst {
  uint16_t kind;   /* a UopKind, in catalog order */
  uint16_t nin;    /* input operands; outputs follow them in the pool */
  uint16_t nout;
  uint32_t ops;    /* first operand's index in UopjitProgram.pool */
  int32_t target;  /* JUMP/BRANCH_*: instruction index; else -1 */
  int32_t exit;    /* index into UopjitProgram.exits, or -1 */
  int32_t line;    /* source line, for listings */
  int64_t imm[UOPJIT_MAX_IMMS];
} UopjitInst;

/* Where the interpreter takes over when a uop deoptimizes or raises: the
   bytecode offset of the instruction (in bytes) and the registers of the
   values on its stack, bottom first. Object locals are already in the
   frame: the lowering stores every changed one before any uop that has an
   exit. A local held unboxed (--uop-unbox) is stored before a uop that may
   run Python code (SYNC_LOCAL_F64/I64); before the others the exit stores
   it: `locals` holds nlocals pairs (slot, encoded register). */
typedef struct UopjitExit {
  int32_t offset;
  uint32_t nstack;
  uint32_t stack; /* first register index in the pool; -1 entries are NULL */
  uint32_t nlocals;
  uint32_t locals; /* first pair's index in the pool */
} UopjitExit;

/* An exit's stack entry for register r holding an unboxed double or
   64-bit int (--uop-unbox): the exit boxes it. Each encoding is its own
   inverse; -1 is NULL, F64 entries lie in (UOPJIT_EXIT_I64(0), -2]. */
#define UOPJIT_EXIT_F64(r) (-2 - (r))
#define UOPJIT_EXIT_I64(r) (-(1 << 30) - (r))
/* A local kept as a double that may still be unbound (a loop variable
   that starts unbound, --uop-unbox): the register holds either a double a
   float operation made or UOPJIT_UNBOUND_F64_BITS, and the exit stores NULL
   for the latter. Entries lie in (UOPJIT_EXIT_I64(0), UOPJIT_EXIT_F64U(0)];
   F64 ones then in (UOPJIT_EXIT_F64U(0), -2]. */
#define UOPJIT_EXIT_F64U(r) (-(1 << 29) - (r))
/* The bits of a signaling NaN: no float operation makes one (x86's
   results are quiet NaNs), so a register that holds it never held a float
   that operation made, which is all a maybe-unbound local ever holds. */
#define UOPJIT_UNBOUND_F64_BITS 0x7FF0DEADBEEF0001ull

/* The `mask` immediate of the COMPARE_*_BIT and IS_BIT uops: the outcomes
   of a comparison that make it true (bit 0: less, bit 1: equal, bit 2:
   greater, bit 3: unordered, a NaN). Nibble `op` of UOPJIT_COMPARE_MASKS is
   the mask of rich comparison `op` (Py_LT .. Py_GE): LT 1, LE 3, EQ 2, NE 13
   (a NaN is unequal to everything), GT 4, GE 6. A jump taken when the
   comparison is false takes the complement within UOPJIT_MASK_ALL. */
#define UOPJIT_COMPARE_MASKS 0x64D231u
#define UOPJIT_MASK_ALL 15

/* Where a suspended generator or coroutine resumes: the bytecode offset (in
   bytes) the interpreter would resume at, and the first uop to run. */
typedef struct UopjitEntry {
  int32_t offset;
  uint32_t inst;
} UopjitEntry;

typedef struct UopjitProgram {
  const UopjitInst *insts;
  uint32_t ninsts;
  const int32_t *pool;
  uint32_t npool;
  const UopjitExit *exits;
  uint32_t nexits;
  uint32_t nregs;     /* registers [0, nobjregs) hold objects, the rest raw */
  uint32_t nobjregs;
  uint32_t max_array; /* the most operands or results of one uop: the size
                         of each scratch buffer an activation needs */
  const UopjitEntry *entries; /* resume points (generators, coroutines), by offset */
  uint32_t nentries;
  uint32_t is_generator; /* starts in the interpreter (RETURN_GENERATOR);
                            enters only at `entries` */
} UopjitProgram;

#ifdef __cplusplus
}
#endif

#endif /* UOPJIT_IR_FLATPROGRAM_H */
