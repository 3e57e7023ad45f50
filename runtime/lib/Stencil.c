/*===- Stencil.c - one uop's body as a stencil --------------------------===*
 *
 * Compiled once per uop by uop-stencils (clang-22, -DUOP_STENCIL
 * -DUOP_STENCIL_<NAME>) into an object file whose holes, the undefined
 * _JIT_* symbols, are patched for each use of the uop:
 *
 *   _JIT_INST        the UopjitInst (operands, immediates, exit)
 *   _JIT_PREV_INSTR  the code unit of the instruction of its exit
 *   _JIT_CONTINUE    the next uop's code
 *   _JIT_TARGET      the jump target's code (JUMP, BRANCH_IF*)
 *   _JIT_OP0.._JIT_OP5  the registers of its first six operands
 *   _JIT_FLAGS       its UopjitInst.flags
 *
 * Uops continue with a tail call (musttail, preserve_none: nothing is
 * saved or restored between uops); returning leaves the compiled code.
 *
 *===----------------------------------------------------------------------===*/
#include "JitFrame.h"

extern const UopjitInst _JIT_INST;
extern _Py_CODEUNIT _JIT_PREV_INSTR;
extern char _JIT_FLAGS[]; /* the uop's UopjitInst.flags, patched in */
/* The registers of the first operands, patched in as constants. */
extern char _JIT_OP0[], _JIT_OP1[], _JIT_OP2[], _JIT_OP3[], _JIT_OP4[], _JIT_OP5[];
static inline __attribute__((always_inline)) intptr_t operand_hole(int i) {
  switch (i) {
  case 0: return (intptr_t)_JIT_OP0;
  case 1: return (intptr_t)_JIT_OP1;
  case 2: return (intptr_t)_JIT_OP2;
  case 3: return (intptr_t)_JIT_OP3;
  case 4: return (intptr_t)_JIT_OP4;
  default: return (intptr_t)_JIT_OP5;
  }
}
/* An operand at a position known when the body is compiled is a hole;
   the others (after an array) are read from the program's pool. */
#define OPERAND(i) (__builtin_constant_p(i) && (i) < 6 ? operand_hole(i) : (intptr_t)ops[(i)])
__attribute__((preserve_none)) PyObject *_JIT_CONTINUE(UopjitJitFrame *jf);
__attribute__((preserve_none)) PyObject *_JIT_TARGET(UopjitJitFrame *jf);

#define UOP_CASE(NAME) __attribute__((preserve_none)) PyObject *_JIT_ENTRY(UopjitJitFrame *jf)
#define UOP_PROLOGUE(has_exit)                                                 \
  const UopjitInst *ip = &_JIT_INST;                                           \
  PyThreadState *tstate = jf->tstate;                                          \
  _PyInterpreterFrame *frame = jf->frame;                                      \
  PyObject **regs = jf->regs;                                                  \
  const int32_t *ops = jf->pool + ip->ops;                                     \
  if (has_exit) {                                                              \
    frame->prev_instr = &_JIT_PREV_INSTR;                                      \
    if (((uintptr_t)_JIT_FLAGS & UOPJIT_INST_CHECK_TRACING) &&                 \
        tstate->cframe->use_tracing)                                           \
      goto deopt;                                                              \
  }
#define UOP_EPILOGUE()                                                         \
  deopt:                                                                       \
  jf->status = UOPJIT_DEOPTED;                                                 \
  jf->exit_inst = ip;                                                          \
  return NULL;                                                                 \
  error:                                                                       \
  jf->status = UOPJIT_RAISED;                                                  \
  jf->exit_inst = ip;                                                          \
  return NULL
#define INPUT(i) regs[OPERAND(i)]
#define INPUT_REG(i) regs[OPERAND(i)]
#define OUTPUT(i) regs[OPERAND(i)]
#define IMM(k) (ip->imm[k])
#define UOP_NEXT() __attribute__((musttail)) return _JIT_CONTINUE(jf)
#define GOTO_TARGET()                                                          \
  do {                                                                         \
    __attribute__((musttail)) return _JIT_TARGET(jf);                          \
  } while (0)
#define RETURN_WITH(value)                                                     \
  do {                                                                         \
    jf->status = UOPJIT_RETURNED;                                              \
    return (value);                                                            \
  } while (0)
#define KWNAMES (jf->kwnames)
#define SUSPEND() uopjit_suspend(jf->prog, frame, jf->regs, ip->exit)
#define SCRATCH_IN (jf->scratch_in)
#define SCRATCH_OUT (jf->scratch_out)

#include "UopCases.c.inc"
