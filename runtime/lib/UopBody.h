/*===- UopBody.h - what a uop's C body can use --------------------------===*
 *
 * The catalog's C bodies (cBody in ir/include/uopjit/IR/catalog/ files) are
 * wrapped by uop-tblgen -gen-uop-cases into one case per uop; this header
 * gives them their environment. The full conventions: docs/backend.md.
 *
 *   inputs    PyObject *name, borrowed: never decref an input (the lowering
 *             releases it at its last use). Arrays: PyObject **name and
 *             int name_count. Cond items: NULL when absent.
 *   outputs   PyObject *name (arrays: PyObject **name with name_count
 *             slots): the body stores NEW references (or NULL where the
 *             stack holds NULL, e.g. PUSH_NULL). A pass-through output (same
 *             name as an input) is the input itself.
 *   taken     int taken (jump uops): 1 when the jump is taken.
 *   imms      const int64_t oparg, type_version, index, ... (catalog names).
 *   exits     DEOPT_IF(cond): the interpreter re-runs this instruction (no
 *             exception set, no output made, no reference left over).
 *             ERROR_IF(cond): an exception is set; the interpreter unwinds
 *             from this instruction (exception table, traceback).
 *   frame     tstate, frame, GETLOCAL(i), SETLOCAL(i, v) (steals v),
 *             CODE, CONST(i), NAME(i), GLOBALS, BUILTINS, FUNC, KWNAMES.
 *
 * Bodies are C11 compiled with Py_BUILD_CORE against Debian's 3.11
 * headers; only functions /usr/bin/python3.11 exports may be called (check
 * with `nm -D --defined-only /usr/bin/python3.11`); hidden ones are
 * reimplemented in runtime/lib/support/.
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_UOPBODY_H
#define UOPJIT_RUNTIME_UOPBODY_H

#ifndef Py_BUILD_CORE
#define Py_BUILD_CORE 1
#endif
#include <Python.h>
#include "internal/pycore_abstract.h"
#include "internal/pycore_call.h"
#include "internal/pycore_ceval.h"
#include "internal/pycore_code.h"
#include "internal/pycore_dict.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_function.h"
#include "internal/pycore_interp.h"
#include "internal/pycore_floatobject.h"
#include "internal/pycore_genobject.h"
#include "internal/pycore_list.h"
#include "internal/pycore_long.h"
#include "internal/pycore_moduleobject.h"
#include "internal/pycore_object.h"
#include "internal/pycore_pyerrors.h"
#include "internal/pycore_pystate.h"
#include "internal/pycore_sliceobject.h"
#include "internal/pycore_tuple.h"
#include "internal/pycore_unicodeobject.h"
#include "structmember.h"

#include "support/Support.h"
#include "uopjit/IR/FlatProgram.h"

/* Frame and code. */
#define CODE (frame->f_code)
#define GETLOCAL(i) (frame->localsplus[(i)])
#define SETLOCAL(i, v)                                                         \
  do {                                                                         \
    PyObject *_old = GETLOCAL(i);                                              \
    GETLOCAL(i) = (v);                                                         \
    Py_XDECREF(_old);                                                          \
  } while (0)
#define CONST(i) PyTuple_GET_ITEM(CODE->co_consts, (i))
#define NAME(i) PyTuple_GET_ITEM(CODE->co_names, (i))
#define GLOBALS (frame->f_globals)
#define BUILTINS (frame->f_builtins)
#define FUNC (frame->f_func)
#define LOCALS_MAP (frame->f_locals)

/* Exits: every runner (the tier-2 interpreter's loop, each stencil) has the
   labels `deopt` and `error`. */
#define DEOPT_IF(cond)                                                         \
  do {                                                                         \
    if (__builtin_expect(!!(cond), 0))                                         \
      goto deopt;                                                              \
  } while (0)
#define ERROR_IF(cond)                                                         \
  do {                                                                         \
    if (__builtin_expect(!!(cond), 0))                                         \
      goto error;                                                              \
  } while (0)

/* Raw (non-object) register values: a jump's `taken`, a loop selector. */
#define RAW(x) ((intptr_t)(x))
#define FROM_RAW(i) ((PyObject *)(intptr_t)(i))
/* Unboxed floats (--uop-unbox): a register holds the bits of a double. */
static inline double uopjit_f64(PyObject *reg) {
  double d;
  memcpy(&d, &reg, sizeof d);
  return d;
}
static inline PyObject *uopjit_from_f64(double d) {
  PyObject *reg;
  memcpy(&reg, &d, sizeof reg);
  return reg;
}
#define F64(x) uopjit_f64(x)
#define FROM_F64(d) uopjit_from_f64(d)
/* Whether an f64 register holds UOPJIT_UNBOUND_F64_BITS: an unbound local. */
#define IS_UNBOUND_F64(x) ((uint64_t)(uintptr_t)(x) == UOPJIT_UNBOUND_F64_BITS)
/* Unboxed ints (--uop-unbox): a register holds an int64_t. */
#define I64(x) ((int64_t)(intptr_t)(x))
#define FROM_I64(i) ((PyObject *)(intptr_t)(i))
/* UNBOX_INT's range: an exact int of at most two 30-bit digits. */
static inline int uopjit_long_fits_i64(PyObject *v) {
  return (size_t)(Py_SIZE(v) + 2) <= 4;
}
static inline int64_t uopjit_long_as_i64(PyObject *v) {
  Py_ssize_t size = Py_SIZE(v);
  const digit *d = ((PyLongObject *)v)->ob_digit;
  int64_t magnitude = size == 0 ? 0 : (int64_t)d[0];
  if (size == 2 || size == -2)
    magnitude |= (int64_t)d[1] << PyLong_SHIFT;
  return size < 0 ? -magnitude : magnitude;
}
/* Whether the i64 x converts to a double exactly (|x| <= 2**53). */
static inline int uopjit_i64_is_exact_double(int64_t x) {
  return x >= -(INT64_C(1) << 53) && x <= (INT64_C(1) << 53);
}

/* Comparisons without a branch: the oparg is a hole in machine code, so a
   switch on it would be an indirect jump. A comparison's outcome is a sign
   (-1 less, 0 equal, 1 greater, 2 unordered: a NaN); a mask holds the
   outcomes that make it true (bit 0: less, bit 1: equal, bit 2: greater,
   bit 3: unordered). */
static inline int uopjit_mask_matches(int64_t mask, int sign) {
  return (int)((mask >> (sign + 1)) & 1);
}
/* The mask of rich comparison `op` (Py_LT .. Py_GE): FlatProgram.h. */
static inline int uopjit_compare_mask(int op) {
  return (int)((UOPJIT_COMPARE_MASKS >> (op * 4)) & UOPJIT_MASK_ALL);
}
/* The sign of left - right, on one-digit exact ints (GUARD_BOTH_SMALL_INT)
   and on non-NaN exact floats (GUARD_BOTH_NOT_NAN). */
static inline int uopjit_small_int_sign(PyObject *left, PyObject *right) {
  Py_ssize_t ileft = Py_SIZE(left) * ((PyLongObject *)left)->ob_digit[0];
  Py_ssize_t iright = Py_SIZE(right) * ((PyLongObject *)right)->ob_digit[0];
  return (ileft > iright) - (ileft < iright);
}
static inline int uopjit_float_sign(PyObject *left, PyObject *right) {
  double dleft = PyFloat_AS_DOUBLE(left), dright = PyFloat_AS_DOUBLE(right);
  return (dleft > dright) - (dleft < dright);
}
/* min(a, b) or max(a, b) when `callee` is that builtin and a and b are both
   exact floats or both exact ints of at most one digit: what min_max does
   for two positional arguments (the second wins only when it compares
   strictly less, or greater, than the first), without the argument
   tuple, the empty tuple and the keyword parsing it makes on each call.
   Comparing such numbers runs no code and cannot fail. Returns a new
   reference to a or b, or NULL when the call is another one. */
static inline PyObject *uopjit_min_max_of_numbers(PyObject *callee, PyObject *a, PyObject *b) {
  if (!Py_IS_TYPE(callee, &PyCFunction_Type))
    return NULL;
  PyCFunction meth = ((PyCFunctionObject *)callee)->m_ml->ml_meth;
  int is_max = meth == uopjit_builtin_max;
  if (!is_max && meth != uopjit_builtin_min)
    return NULL;
  int sign; /* of b - a; a NaN: 0, neither wins */
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    sign = uopjit_float_sign(b, a);
  else if (PyLong_CheckExact(a) && PyLong_CheckExact(b) && (size_t)(Py_SIZE(a) + 1) <= 2 &&
           (size_t)(Py_SIZE(b) + 1) <= 2)
    sign = uopjit_small_int_sign(b, a);
  else
    return NULL;
  return Py_NewRef(sign == (is_max ? 1 : -1) ? b : a);
}
/* The outcome of comparing two doubles, a NaN included (unordered: 2). */
static inline int uopjit_f64_sign(double a, double b) {
  return a != a || b != b ? 2 : (a > b) - (a < b);
}

/* The eval breaker: signals, pending calls, GIL drop requests, async
   exceptions. Uops that check it deopt, so the interpreter handles it. */
#define BREAKER_PENDING()                                                      \
  _Py_atomic_load_relaxed(&tstate->interp->ceval.eval_breaker)

/* ceval's CHECK_EVAL_BREAKER() after a call: what arrived during the call
   (a signal whose handler raises KeyboardInterrupt, _thread.interrupt_main(),
   a pending call) is handled before the next instruction, and what the
   handler raises is an error of the call's instruction. Compiled code
   cannot leave between the call and that check, so the uop handles signals
   and pending calls itself (Py_MakePendingCalls: what _Py_HandlePending
   does for them) and drops its result when the handler raises; a GIL drop
   request or an asynchronous exception waits for the next check (a call, a
   RESUME or a back edge). */
#define HANDLE_BREAKER_AFTER_CALL(res)                                         \
  do {                                                                         \
    if ((res) != NULL && BREAKER_PENDING() && Py_MakePendingCalls() < 0)       \
      Py_CLEAR(res);                                                           \
  } while (0)

#endif /* UOPJIT_RUNTIME_UOPBODY_H */
