/*===- Interp.c - the tier-2 interpreter --------------------------------===*
 *
 * Runs a flat uop program from the catalog's C bodies, one case per uop
 * (generated: UopCases.c.inc). It is the reference the machine-code backend
 * is compared against, and it can count executed uops per kind.
 *
 *===----------------------------------------------------------------------===*/
#include "Interp.h"

#include <string.h>

/* The environment of the generated cases (UopBody.h explains the names). */
#define UOP_CASE(NAME) case UOPJIT_##NAME:
#define UOP_CASE_OUTLINED(NAME) UOP_CASE(NAME)
#define OPERAND(i) prog->pool[ip->ops + (i)]
#include "RecordOperands.h"
#define UOP_NEXT()                                                             \
  do {                                                                         \
    ip++;                                                                      \
    goto dispatch;                                                             \
  } while (0)
#define GOTO_TARGET()                                                          \
  do {                                                                         \
    ip = prog->insts + ip->target;                                             \
    goto dispatch;                                                             \
  } while (0)
#define RETURN_WITH(value)                                                     \
  do {                                                                         \
    result = (value);                                                          \
    goto done;                                                                 \
  } while (0)
#define KWNAMES kwnames
#define SUSPEND() uopjit_suspend(prog, frame, regs, ip->exit)
#define SCRATCH_IN scratch_in
#define SCRATCH_OUT scratch_out
#define UOP_PROLOGUE(records_instr) ((void)0)
#define UOP_EPILOGUE() ((void)0)

PyObject *uopjit_interpret(const UopjitProgram *prog, PyThreadState *tstate,
                           _PyInterpreterFrame *frame, uint32_t entry, UopjitRun *run) {
  PyObject *regs[prog->nregs > 0 ? prog->nregs : 1];
  memset(regs, 0, sizeof(regs));
  const UopjitInst *ip = prog->insts + entry;
  PyObject *kwnames = NULL;
  PyObject *result = NULL;
  PyObject *scratch[UOPJIT_SCRATCH_SLOTS(prog)];
  PyObject **scratch_in = scratch + UOPJIT_ARRAY_HEADROOM;
  PyObject **scratch_out = scratch_in + prog->max_array;
  uint64_t *counts = run->counts;

  _Py_CODEUNIT *first_instr = _PyCode_CODE(CODE);

dispatch:
  if (counts)
    counts[ip->kind]++;
  /* As in the interpreter, prev_instr names the running instruction
     wherever Python code or a traceback can look at it. */
  if (ip->exit >= 0)
    frame->prev_instr = first_instr + prog->exits[ip->exit].offset / 2;
  switch (ip->kind) {
#include "UopCases.c.inc"
  default:
    Py_FatalError("uopjit: a uop without a C body reached the tier-2 interpreter");
  }

deopt:
  run->status = UOPJIT_DEOPTED;
  goto leave;
error:
  assert(PyErr_Occurred());
  run->status = UOPJIT_RAISED;
leave:
  if (ip->exit < 0)
    Py_FatalError("uopjit: a uop without an exit deoptimized or raised");
  run->exit = ip->exit;
  result = NULL;
done:
  /* The reference backend checks what the machine code relies on: a return
     or a yield leaves no reference in the registers. */
  for (uint32_t r = 0; result != NULL && r < prog->nobjregs; r++)
    if (regs[r] != NULL)
      Py_FatalError("uopjit: a register still holds a reference after RETURN_VALUE or "
                    "YIELD_VALUE");
  return uopjit_finish_run(prog, frame, regs, result, run);
}

PyObject *uopjit_exit_value(PyObject **regs, int32_t r) {
  if (r <= UOPJIT_EXIT_I64(0)) {
    PyObject *v = PyLong_FromLongLong(I64(regs[UOPJIT_EXIT_I64(r)]));
    if (v == NULL)
      Py_FatalError("uopjit: out of memory boxing an int at an exit");
    return v;
  }
  if (r <= UOPJIT_EXIT_F64U(0)) {
    /* A local that may still be unbound: NULL for the marker, else as F64. */
    r = UOPJIT_EXIT_F64(UOPJIT_EXIT_F64U(r));
    if (IS_UNBOUND_F64(regs[UOPJIT_EXIT_F64(r)]))
      return NULL;
  }
  if (r <= UOPJIT_EXIT_F64(0)) {
    /* An unboxed float: the interpreter gets a float object. Float
       allocation comes from a free list and fails only when memory is
       exhausted; there is no way left to report it from an exit. */
    PyObject *v = PyFloat_FromDouble(uopjit_f64(regs[UOPJIT_EXIT_F64(r)]));
    if (v == NULL)
      Py_FatalError("uopjit: out of memory boxing a float at an exit");
    return v;
  }
  return r < 0 ? NULL : Py_XNewRef(regs[r]);
}

void uopjit_suspend_rest(const UopjitProgram *prog, PyObject **regs, const int32_t *stack,
                         PyObject **sp, uint32_t from, uint32_t n) {
  for (uint32_t i = from; i < n; i++) {
    int32_t r = stack[i];
    if (r < 0 || (uint32_t)r >= prog->nobjregs) {
      sp[i] = uopjit_exit_value(regs, r);
      continue;
    }
    /* An owned register's reference moves to the frame, and the register
       is left empty; a register named twice gives a second reference. */
    PyObject *v = regs[r];
    regs[r] = NULL;
    if (v == NULL)
      for (uint32_t j = 0; j < i; j++)
        if (stack[j] == r) {
          v = Py_XNewRef(sp[j]);
          break;
        }
    sp[i] = v;
  }
}

/* Stores the first `n` stack values of exit `x` in the frame (new
   references) and sets stacktop. */
static void store_stack(const UopjitProgram *prog, _PyInterpreterFrame *frame, PyObject **regs,
                        const UopjitExit *x, uint32_t n) {
  int nlocalsplus = CODE->co_nlocalsplus;
  PyObject **sp = frame->localsplus + nlocalsplus;
  for (uint32_t i = 0; i < n; i++)
    sp[i] = uopjit_exit_value(regs, prog->pool[x->stack + i]);
  frame->stacktop = nlocalsplus + (int)n;
}

PyObject *uopjit_finish_exit(const UopjitProgram *prog, _PyInterpreterFrame *frame,
                             PyObject **regs, UopjitRun *run) {
  const UopjitExit *x = &prog->exits[run->exit];
  store_stack(prog, frame, regs, x, x->nstack);
  /* A deopt resumes *at* the instruction, so prev_instr is the one
     before; an error is reported *by* the instruction. */
  frame->prev_instr =
      _PyCode_CODE(CODE) + x->offset / 2 - (run->status == UOPJIT_DEOPTED ? 1 : 0);
  /* Registers live at the exit still hold references. */
  for (uint32_t r = 0; r < prog->nobjregs; r++)
    Py_XDECREF(regs[r]);
  /* Last, as the old values' release may run a __del__: the locals held
     unboxed, boxed (the raw registers were not swept). */
  for (uint32_t i = 0; i < x->nlocals; i++) {
    const int32_t *pair = &prog->pool[x->locals + 2 * i];
    PyObject *old = frame->localsplus[pair[0]];
    frame->localsplus[pair[0]] = uopjit_exit_value(regs, pair[1]);
    Py_XDECREF(old);
  }
  return NULL;
}
