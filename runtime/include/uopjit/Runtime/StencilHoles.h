/*===- StencilHoles.h - the kinds of hole in a stencil (C and C++) ------===*
 *
 * One list for the build tool that finds the holes (tools/uop-stencils) and
 * the code that fills them (runtime/lib/CopyPatch.c).
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_STENCILHOLES_H
#define UOPJIT_RUNTIME_STENCILHOLES_H

#include <stddef.h>

/* How a hole is written: the relocation types uop-stencils accepts. */
#define UOPJIT_PATCHES(X)                                                      \
  X(ABS64)  /* 8 bytes, absolute */                                           \
  X(ABS32)  /* 4 bytes, absolute, zero-extended */                            \
  X(ABS32S) /* 4 bytes, absolute, sign-extended */                            \
  X(PC32)   /* 4 bytes, relative to the hole */

/* What goes into a hole, and the undefined symbol of Stencil.c that marks
   it (NULL: not a _JIT_ symbol). The operand holes are consecutive. */
#define UOPJIT_HOLE_VALUES(X)                                                  \
  X(SELF, NULL)                  /* a place in the stencil's hot part */      \
  X(COLD, NULL)                  /* a place in the stencil's cold part */     \
  X(CONTINUE, "_JIT_CONTINUE")   /* the next uop */                           \
  X(TARGET, "_JIT_TARGET")       /* the jump target */                        \
  X(INST, "_JIT_INST")           /* the UopjitInst */                         \
  X(PREV_INSTR, "_JIT_PREV_INSTR") /* the code unit of the uop's exit */      \
  X(CONST, "_JIT_CONST")         /* co_consts[its oparg, immediate 0] */     \
  X(NAMES, "_JIT_NAMES")         /* co_names' items */                        \
  X(SYMBOL, NULL)                /* an external symbol */                     \
  X(OPERAND0, "_JIT_OP0")        /* the register of operand 0 ... */          \
  X(OPERAND1, "_JIT_OP1")                                                     \
  X(OPERAND2, "_JIT_OP2")                                                     \
  X(OPERAND3, "_JIT_OP3")                                                     \
  X(OPERAND4, "_JIT_OP4")                                                     \
  X(OPERAND5, "_JIT_OP5")                                                     \
  X(IMM0, "_JIT_IMM0")           /* the UopjitInst's immediates ... */        \
  X(IMM1, "_JIT_IMM1")                                                        \
  X(IMM2, "_JIT_IMM2")                                                        \
  X(IMM3, "_JIT_IMM3")

/* A uop whose operand count follows its oparg also has a stencil per
   oparg below this (uop-stencils, CopyPatch.c): the operands are holes. */
#define UOPJIT_OPARG_VARIANTS 4

typedef enum {
#define UOPJIT_PATCH_ENUM(NAME) UOPJIT_PATCH_##NAME,
  UOPJIT_PATCHES(UOPJIT_PATCH_ENUM)
#undef UOPJIT_PATCH_ENUM
} UopjitPatch;

typedef enum {
#define UOPJIT_HOLE_ENUM(NAME, SYMBOL) UOPJIT_HOLE_##NAME,
  UOPJIT_HOLE_VALUES(UOPJIT_HOLE_ENUM)
#undef UOPJIT_HOLE_ENUM
} UopjitHoleValue;

/* How a stencil compiled for the large code model jumps to a uop:
     movabs $hole, %rax ; [pop %reg ;] jmp *%rax
   If the 8-byte immediate at `hole` in `code` (`size` bytes) starts that
   sequence, the offset just after its jmp; else 0. uop-stencils cuts such a
   jump to the next uop; CopyPatch.c turns the others into `jmp rel32`. */
static inline size_t uopjit_jump_through_rax_end(const unsigned char *code, size_t size,
                                                 size_t hole) {
  size_t at = hole + 8;
  if (hole < 2 || code[hole - 2] != 0x48 || code[hole - 1] != 0xb8 || at + 2 > size)
    return 0;
  if (code[at] >= 0x58 && code[at] <= 0x5f) /* pop %reg */
    ++at;
  return at + 2 <= size && code[at] == 0xff && code[at + 1] == 0xe0 ? at + 2 : 0;
}

#endif
