/*===- JitFrame.h - what machine code of one activation shares ----------===*/
#ifndef UOPJIT_RUNTIME_JITFRAME_H
#define UOPJIT_RUNTIME_JITFRAME_H

#include "Interp.h"

/* One activation of a compiled function. Every stencil receives a pointer
   to it (its only argument, kept in a register across tail calls). */
typedef struct UopjitJitFrame {
  const UopjitProgram *prog;
  PyObject **regs;
  const int32_t *pool;
  PyThreadState *tstate;
  _PyInterpreterFrame *frame;
  PyObject *kwnames;
  UopjitStatus status;
  const UopjitInst *exit_inst; /* the uop that deoptimized or raised */
  PyObject **scratch_in; /* program->max_array slots each */
  PyObject **scratch_out;
} UopjitJitFrame;

/* The type of a stencil and of compiled code's entry point. */
typedef PyObject *(__attribute__((preserve_none)) *UopjitJitFunction)(UopjitJitFrame *);

#endif
