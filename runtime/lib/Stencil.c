/*===- Stencil.c - one uop's body as a stencil --------------------------===*
 *
 * Compiled once per uop by uop-stencils (clang-22, -DUOP_STENCIL
 * -DUOP_STENCIL_<NAME>) into an object file whose holes, the undefined
 * _JIT_* symbols, are patched for each use of the uop:
 *
 *   _JIT_INST        the UopjitInst (operands, immediates, exit)
 *   _JIT_PREV_INSTR  the code unit of the instruction of its exit
 *   _JIT_CONST       co_consts[oparg], the constant itself
 *   _JIT_NAMES       co_names' items
 *   _JIT_CONTINUE    the next uop's code
 *   _JIT_TARGET      the jump target's code (JUMP, BRANCH_IF*)
 *   _JIT_OP0.._JIT_OP5  the registers of its first six operands
 *   _JIT_IMM0.._JIT_IMM3 its immediates
 *
 * Uops continue with a tail call (musttail, preserve_none: nothing is
 * saved or restored between uops); returning leaves the compiled code.
 *
 *===----------------------------------------------------------------------===*/
#include "JitFrame.h"

extern const UopjitInst _JIT_INST;
extern _Py_CODEUNIT _JIT_PREV_INSTR;
/* The registers of the first operands and the immediates are holes, read
   by an asm move of an immediate rather than written as the address of an
   extern symbol: clang assumes such addresses are never 0 and never equal
   to each other, but register 0 is common, two operands may share a
   register, and immediates are compared (a compare's oparg 0 is `<`). The
   move is as small as the value allows (patching checks that it fits): a
   register number, or an immediate whose catalog width is u32, a `movl`
   (five bytes; writing %k0 clears the upper half), an s32 immediate a
   sign-extending `movq` (seven), a pointer a `movabsq` (ten). */
#define HOLE_MOVE(insn)                                                        \
  ({                                                                           \
    int64_t _v;                                                                \
    __asm__(insn : "=r"(_v));                                                  \
    _v;                                                                        \
  })
#define HOLE_VALUE(name) HOLE_MOVE("movabsq $" name ", %0")
#define HOLE_VALUE32(name) HOLE_MOVE("movl $" name ", %k0")
#define HOLE_VALUE_S32(name) HOLE_MOVE("movq $" name ", %0")
static inline __attribute__((always_inline)) intptr_t operand_hole(int i) {
  switch (i) {
  case 0: return HOLE_VALUE32("_JIT_OP0");
  case 1: return HOLE_VALUE32("_JIT_OP1");
  case 2: return HOLE_VALUE32("_JIT_OP2");
  case 3: return HOLE_VALUE32("_JIT_OP3");
  case 4: return HOLE_VALUE32("_JIT_OP4");
  default: return HOLE_VALUE32("_JIT_OP5");
  }
}
/* imm_hole (a pointer), imm_hole_u32 and imm_hole_s32: immediate k. */
#define IMM_HOLES(FN, MOVE)                                                    \
  static inline __attribute__((always_inline)) int64_t FN(int k) {            \
    switch (k) {                                                               \
    case 0: return MOVE("_JIT_IMM0");                                          \
    case 1: return MOVE("_JIT_IMM1");                                          \
    case 2: return MOVE("_JIT_IMM2");                                          \
    default: return MOVE("_JIT_IMM3");                                         \
    }                                                                          \
  }
IMM_HOLES(imm_hole, HOLE_VALUE)
IMM_HOLES(imm_hole_u32, HOLE_VALUE32)
IMM_HOLES(imm_hole_s32, HOLE_VALUE_S32)
/* An operand at a position known when the body is compiled is a hole;
   the others (after an array) are read from the program's pool. The
   position goes through a variable: the cursors after an array are
   `_in++`, which __builtin_constant_p never finds constant (a side
   effect), while the variable is, once a variant's loops are unrolled
   (UOP_FIXED_OPARG). */
#define OPERAND(i)                                                             \
  ({                                                                           \
    int _at = (i);                                                             \
    __builtin_constant_p(_at) && _at < 6 ? operand_hole(_at) : (intptr_t)ops[_at]; \
  })
__attribute__((preserve_none)) PyObject *_JIT_CONTINUE(UOPJIT_JIT_PARAMS);
__attribute__((preserve_none)) PyObject *_JIT_TARGET(UOPJIT_JIT_PARAMS);

#define UOP_CASE(NAME) __attribute__((preserve_none)) PyObject *_JIT_ENTRY(UOPJIT_JIT_PARAMS)
/* An outlined uop's stencil calls the body's one copy in the runtime
   (Outlined.c), which says whether to go on or how to leave; the body
   written here is left unused. */
#define UOP_CASE_OUTLINED(NAME)                                                \
  int uopjit_outlined_##NAME(UOPJIT_OUTLINED_PARAMS);                          \
  __attribute__((preserve_none)) PyObject *_JIT_ENTRY(UOPJIT_JIT_PARAMS) {     \
    const UopjitInst *ip = &_JIT_INST;                                         \
    frame->prev_instr = &_JIT_PREV_INSTR;                                      \
    int status = uopjit_outlined_##NAME(jf, regs, frame, tstate, ip);          \
    if (__builtin_expect(status == UOPJIT_OUTLINED_NEXT, 1))                   \
      __attribute__((musttail)) return _JIT_CONTINUE(jf, regs, frame, tstate); \
    jf->status = (UopjitStatus)status;                                         \
    jf->exit_inst = ip;                                                        \
    return NULL;                                                               \
  }                                                                            \
  static inline __attribute__((unused, preserve_none)) PyObject *uopjit_unused_##NAME(  \
      UOPJIT_JIT_PARAMS)
#define UOP_PROLOGUE(records_instr)                                            \
  const UopjitInst *ip = &_JIT_INST;                                           \
  const int32_t *ops = jf->pool + ip->ops;                                     \
  if (records_instr)                                                           \
    frame->prev_instr = &_JIT_PREV_INSTR;
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
#define IMM(k) imm_hole(k)
#define IMM_U32(k) imm_hole_u32(k)
#define IMM_S32(k) imm_hole_s32(k)
#define UOP_NEXT() __attribute__((musttail)) return _JIT_CONTINUE(jf, regs, frame, tstate)
#define GOTO_TARGET()                                                          \
  do {                                                                         \
    __attribute__((musttail)) return _JIT_TARGET(jf, regs, frame, tstate);                          \
  } while (0)
#define RETURN_WITH(value)                                                     \
  do {                                                                         \
    jf->status = UOPJIT_RETURNED;                                              \
    return (value);                                                            \
  } while (0)
#define KWNAMES (jf->kwnames)
/* A constant is patched in as an immediate (a movabs) rather than read
   through frame->f_code and co_consts: three dependent loads less. Every
   body names it as CONST(oparg), with the oparg as the uop's immediate 0
   (uop-stencils checks). */
#undef CONST
#define CONST(i) ((PyObject *)HOLE_VALUE("_JIT_CONST"))
/* Names likewise come from their array's address, patched in. */
#undef NAME
#define NAME(i) (((PyObject *const *)HOLE_VALUE("_JIT_NAMES"))[i])
#define SUSPEND() uopjit_suspend(jf->prog, frame, regs, ip->exit)
#define SCRATCH_IN (jf->scratch_in)
#define SCRATCH_OUT (jf->scratch_out)

#include "UopCases.c.inc"
