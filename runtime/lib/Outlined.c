/*===- Outlined.c - one shared copy of the big uop bodies ----------------===*
 *
 * The uops uop-tblgen marks UOP_CASE_OUTLINED (calls, builds, unpacks:
 * bodies that gather or make an array of operands) are compiled here once,
 * as functions, and their stencils call them instead of holding a copy of
 * the body: CALL's body is 500 bytes of machine code, and a copy at every
 * call site filled the instruction cache (bench/event_sim missed it about
 * ten times as often as python3.11). Operands and immediates come from the
 * instruction record, as in the tier-2 interpreter.
 *
 *===----------------------------------------------------------------------===*/
#include "JitFrame.h"

/* Every other case of UopCases.c.inc is compiled as an unused function,
   then dropped: it only has to compile. */
#define UOP_CASE(NAME) static inline __attribute__((unused)) int uopjit_unused_##NAME(UOPJIT_OUTLINED_PARAMS)
#define UOP_CASE_OUTLINED(NAME) int uopjit_outlined_##NAME(UOPJIT_OUTLINED_PARAMS)
#define UOP_PROLOGUE(records_instr) const int32_t *ops = jf->pool + ip->ops
#define UOP_EPILOGUE()                                                         \
  deopt:                                                                       \
  return UOPJIT_DEOPTED;                                                       \
  error:                                                                       \
  return UOPJIT_RAISED
#define OPERAND(i) (ops[(i)])
#include "RecordOperands.h"
#define UOP_NEXT() return UOPJIT_OUTLINED_NEXT
/* Only in bodies that are never outlined (isOutlined in uop-tblgen). */
#define GOTO_TARGET() return UOPJIT_DEOPTED
#define RETURN_WITH(value)                                                     \
  do {                                                                         \
    (void)(value);                                                             \
    return UOPJIT_DEOPTED;                                                     \
  } while (0)
#define SUSPEND() ((void)0)
#define KWNAMES (jf->kwnames)
#define SCRATCH_IN (jf->scratch_in)
#define SCRATCH_OUT (jf->scratch_out)

#include "UopCases.c.inc"
