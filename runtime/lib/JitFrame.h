/*===- JitFrame.h - what machine code of one activation shares ----------===*/
#ifndef UOPJIT_RUNTIME_JITFRAME_H
#define UOPJIT_RUNTIME_JITFRAME_H

#include "Interp.h"

/* One activation of a compiled function. Every stencil receives a pointer
   to it, and the three things nearly every uop uses (the register file,
   the frame, the thread state) as arguments of their own: all four stay in
   machine registers across the tail calls (preserve_none passes them in
   r12, r13, r14 and r15, which C functions the stencils call preserve). */
typedef struct UopjitJitFrame {
  const UopjitProgram *prog;
  const int32_t *pool;
  PyObject *kwnames;
  UopjitStatus status;
  const UopjitInst *exit_inst; /* the uop that deoptimized or raised */
  PyObject **scratch_in; /* program->max_array slots each (Interp.h) */
  PyObject **scratch_out;
} UopjitJitFrame;

/* The type of a stencil and of compiled code's entry point. */
#define UOPJIT_JIT_PARAMS                                                      \
  UopjitJitFrame *jf, PyObject **regs, _PyInterpreterFrame *frame, PyThreadState *tstate
typedef PyObject *(__attribute__((preserve_none)) *UopjitJitFunction)(UOPJIT_JIT_PARAMS);

/* An outlined uop body (Outlined.c), called by its stencil with the uop's
   instruction record: UOPJIT_OUTLINED_NEXT to go on, else how it leaves
   (UOPJIT_DEOPTED, UOPJIT_RAISED). */
#define UOPJIT_OUTLINED_NEXT 0
#define UOPJIT_OUTLINED_PARAMS                                                 \
  UopjitJitFrame *jf, PyObject **regs, _PyInterpreterFrame *frame, PyThreadState *tstate, \
      const UopjitInst *ip

#endif
