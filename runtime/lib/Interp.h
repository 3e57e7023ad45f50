/*===- Interp.h - the tier-2 interpreter of flat uop programs -----------===*/
#ifndef UOPJIT_RUNTIME_INTERP_H
#define UOPJIT_RUNTIME_INTERP_H

#include "UopBody.h"
#include "uopjit/IR/FlatProgram.h"

/* Uop kinds as C enumerators: UOPJIT_LOAD_CONST, ... (catalog order). */
enum {
#define UOP_KIND(NAME) UOPJIT_##NAME,
#include "uopjit/IR/UopKinds.inc"
  UOPJIT_NUM_UOPS
};

typedef enum UopjitStatus {
  UOPJIT_RETURNED, /* the function returned; the result is the return value */
  UOPJIT_DEOPTED,  /* the interpreter must resume at the exit's offset */
  UOPJIT_RAISED,   /* an exception is set; the interpreter must unwind */
} UopjitStatus;

/* An activation's scratch buffers: a uop's input array is gathered at
   scratch_in, with UOPJIT_ARRAY_HEADROOM free slots before it, so a call
   puts self in front of its arguments and lends the slot before them to
   vectorcall (PY_VECTORCALL_ARGUMENTS_OFFSET) without copying them
   (uopjit_call_args); output arrays are made at scratch_out. */
#define UOPJIT_ARRAY_HEADROOM 2
#define UOPJIT_SCRATCH_SLOTS(prog) (UOPJIT_ARRAY_HEADROOM + 2 * (prog)->max_array)

typedef struct UopjitRun {
  UopjitStatus status;
  int32_t exit;     /* the exit taken (DEOPTED, RAISED) */
  uint64_t *counts; /* when non-NULL, executed uops per kind are added here */
} UopjitRun;

/* Runs `prog` on `frame`, whose locals hold the function's arguments. On a
   deopt or an error, the frame is left as the interpreter expects it at the
   exit (stack values stored, stacktop and prev_instr set) and NULL is
   returned. */
PyObject *uopjit_interpret(const UopjitProgram *prog, PyThreadState *tstate,
                           _PyInterpreterFrame *frame, uint32_t entry, UopjitRun *run);

/* A new reference to what register `r` of an exit's stack holds: an
   unboxed float or int boxed, NULL for -1, an object increfed. */
PyObject *uopjit_exit_value(PyObject **regs, int32_t r);

/* YIELD_VALUE: leaves the frame as ceval's YIELD_VALUE does (the exit's
   stack without its top value stored, stacktop and prev_instr set); the
   stored values' registers are left empty. Inline: it runs at every
   yield, in the YIELD_VALUE stencil. The common case, each stack value an
   owned object in a register of its own (a `for` loop's iterator), is a
   move per value; from the first value that is not (an unboxed value, a
   constant, a register named twice) uopjit_suspend_rest stores the rest
   out of line, so the inline part needs no spills around a call. */
void uopjit_suspend_rest(const UopjitProgram *prog, PyObject **regs, const int32_t *stack,
                         PyObject **sp, uint32_t from, uint32_t n);
static inline void uopjit_suspend(const UopjitProgram *prog, _PyInterpreterFrame *frame,
                                  PyObject **regs, int32_t exit) {
  const UopjitExit *x = &prog->exits[exit];
  uint32_t n = x->nstack - 1;
  int nlocalsplus = frame->f_code->co_nlocalsplus;
  PyObject **sp = frame->localsplus + nlocalsplus;
  const int32_t *stack = &prog->pool[x->stack];
  uint32_t i = 0;
  for (; i < n; i++) {
    uint32_t r = (uint32_t)stack[i]; /* a constant (r < 0) wraps past nobjregs */
    PyObject *v;
    if (r >= prog->nobjregs || (v = regs[r]) == NULL)
      break;
    regs[r] = NULL;
    sp[i] = v;
  }
  if (i < n)
    uopjit_suspend_rest(prog, regs, stack, sp, i, n);
  frame->stacktop = nlocalsplus + (int)n;
  frame->prev_instr = _PyCode_CODE(frame->f_code) + (uint32_t)x->offset / 2;
}

/* How a run of either backend ends, once its code has returned `result`
   (NULL: run->status and run->exit say which exit it left at). A return
   or a yield left every register empty (RETURN_VALUE and YIELD_VALUE move
   their references out). At an exit, uopjit_finish_exit stores the exit's
   stack values (new references) in the frame, sets stacktop and prev_instr
   as the interpreter expects them and releases what the registers still
   hold. Returns `result`. */
PyObject *uopjit_finish_exit(const UopjitProgram *prog, _PyInterpreterFrame *frame,
                             PyObject **regs, UopjitRun *run);
static inline PyObject *uopjit_finish_run(const UopjitProgram *prog,
                                          _PyInterpreterFrame *frame, PyObject **regs,
                                          PyObject *result, UopjitRun *run) {
  if (result != NULL) {
    run->status = UOPJIT_RETURNED;
    return result;
  }
  return uopjit_finish_exit(prog, frame, regs, run);
}

#endif
