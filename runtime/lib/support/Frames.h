/*===- Frames.h - calling a Python function on a frame of our own -------===*/
#ifndef UOPJIT_RUNTIME_SUPPORT_FRAMES_H
#define UOPJIT_RUNTIME_SUPPORT_FRAMES_H

/* Calls the Python function `func` with `argcount` positional arguments
   (borrowed), as CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS do: the
   parameters missing from `args` take func's defaults, and the arguments
   beyond them go to its *args tuple. The caller has checked that func
   takes them (uopjit_simple_call). Returns a new reference, or NULL with
   an exception set. Runtime.c: the common case (a frame pushed here, the
   callee's compiled code run on it) is one C function from the CALL uop
   to the callee's machine code. */
PyObject *uopjit_call_py(PyThreadState *tstate, PyFunctionObject *func, PyObject **args,
                         int argcount);
/* The cases uopjit_call_py leaves to Frames.c: a *args parameter, no data
   stack yet, a new data-stack chunk to map. */
PyObject *uopjit_call_py_general(PyThreadState *tstate, PyFunctionObject *func, PyObject **args,
                                 int argcount);

/* FOR_ITER's tp_iternext(iter) and SEND's PyIter_Send(receiver, v, res)
   (Runtime.c): a generator or coroutine suspended in its compiled code is
   resumed there directly, without gen_send_ex2, _PyEval_EvalFrame and the
   eval hook in between. uopjit_for_iter_next does not make the
   StopIteration of a generator's return (FOR_ITER would clear it): NULL
   without an exception is the end. */
PyObject *uopjit_for_iter_next(PyThreadState *tstate, PyObject *iter);
PySendResult uopjit_send(PyThreadState *tstate, PyObject *receiver, PyObject *v, PyObject **res);

/* uopjit's PEP 523 frame evaluator (Runtime.c). */
PyObject *uopjit_eval(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag);
/* Runs a frame uopjit_call_py_general has just pushed, as uopjit_call_py
   runs its own (Runtime.c): through the installed evaluator, and when that
   is uopjit's, straight into compiled code or the interpreter. */
PyObject *uopjit_run_pushed(PyThreadState *tstate, _PyInterpreterFrame *frame);

/* typeobject.c's slot_tp_init (static): the tp_init of every class whose
   __init__ is Python code. uopjit_learn_slots learns it, and the slot_nb_*
   of the binary operators (uopjit_learn_nb_slots), from a class it makes
   with all of them in Python when the extension loads (0, or -1 with an
   exception set). */
extern initproc uopjit_slot_tp_init;
int uopjit_learn_slots(void);

/* Whether calling `callable` with positional arguments only is what
   uopjit_call_class does: a class of the exact metaclass `type` (its call
   is type_call) whose instances object.__new__ makes (object_new: the
   arguments go to __init__ alone) and whose __init__ is Python code
   (slot_tp_init). */
static inline int uopjit_is_plain_class(PyObject *callable) {
  if (Py_TYPE(callable) != &PyType_Type)
    return 0;
  PyTypeObject *type = (PyTypeObject *)callable;
  return type->tp_new == PyBaseObject_Type.tp_new && type->tp_init == uopjit_slot_tp_init &&
         uopjit_slot_tp_init != NULL && !(type->tp_flags & Py_TPFLAGS_IS_ABSTRACT);
}

/* Calls the class `type` (uopjit_is_plain_class) with `argcount`
   positional arguments (borrowed; args[-1] may be borrowed too, as
   PY_VECTORCALL_ARGUMENTS_OFFSET allows) as _PyObject_MakeTpCall ->
   type_call -> object_new -> slot_tp_init do, without the argument tuple,
   the bound-method layers and the eval hook: the instance is allocated and
   its __init__ (a Python function) runs on a frame pushed here, the
   instance in front of the arguments. Returns the new instance, or NULL
   with an exception set. */
PyObject *uopjit_call_class(PyThreadState *tstate, PyTypeObject *type, PyObject **args,
                            int argcount);

/* The data-stack slots of a frame of `co` (3.11 has no co_framesize). */
static inline size_t uopjit_frame_size(PyCodeObject *co) {
  return co->co_nlocalsplus + co->co_stacksize + FRAME_SPECIALS_SIZE;
}

/* Fills a frame just pushed for calling `func` with `argcount` positional
   arguments, as ceval's inlined calls do: specials set, the arguments and
   the defaults of the missing parameters as new references, then
   `varargs` (the *args tuple, stolen; NULL when func has none), the other
   locals NULL. */
static inline void uopjit_init_frame(_PyInterpreterFrame *frame, PyFunctionObject *func,
                                     PyObject **args, int argcount, PyObject *varargs) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  Py_INCREF(func);
  _PyFrame_InitializeSpecials(frame, func, NULL, co->co_nlocalsplus);
  PyObject **locals = frame->localsplus;
  int npos = argcount < co->co_argcount ? argcount : co->co_argcount;
  int i = 0;
  for (; i < npos; i++)
    locals[i] = Py_NewRef(args[i]);
  if (i < co->co_argcount) {
    /* Defaults for the parameters not passed (func_version pins them). */
    PyObject *defaults = func->func_defaults;
    Py_ssize_t first = co->co_argcount - PyTuple_GET_SIZE(defaults);
    for (; i < co->co_argcount; i++)
      locals[i] = Py_NewRef(PyTuple_GET_ITEM(defaults, i - first));
  }
  if (varargs)
    locals[i++] = varargs; /* after the positional ones: no keyword-only */
  for (; i < co->co_nlocalsplus; i++)
    locals[i] = NULL;
}

/* A frame for calling `func` (no *args parameter) with `argcount`
   positional arguments, at the top of the thread's current data-stack
   chunk, filled by uopjit_init_frame. NULL when the chunk has no room
   (uopjit_call_py_general then maps a new one). */
static inline _PyInterpreterFrame *uopjit_push_frame(PyThreadState *tstate, PyFunctionObject *func,
                                                     PyObject **args, int argcount) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  PyObject **base = tstate->datastack_top;
  size_t size = uopjit_frame_size(co);
  if (base == NULL || base + size >= tstate->datastack_limit)
    return NULL;
  tstate->datastack_top = base + size;
  _PyInterpreterFrame *frame = (_PyInterpreterFrame *)base;
  uopjit_init_frame(frame, func, args, argcount, NULL);
  return frame;
}

/* The rare parts of uopjit_clear_frame and uopjit_clear_and_pop
   (Frames.c): a frame object that exists, which someone may still hold
   (it then takes the frame's data: returns 1), a chunk that empties. */
int uopjit_release_frame_object(_PyInterpreterFrame *frame);
void uopjit_pop_chunk(PyThreadState *tstate);

/* frame.c's _PyFrame_Clear: the frame's references go (to its frame
   object, when someone still holds that). */
__attribute__((always_inline)) static inline void uopjit_clear_frame(_PyInterpreterFrame *frame) {
  if (frame->frame_obj && uopjit_release_frame_object(frame))
    return;
  for (int i = 0; i < frame->stacktop; i++)
    Py_XDECREF(frame->localsplus[i]);
  Py_XDECREF(frame->f_locals);
  Py_DECREF(frame->f_func);
  Py_DECREF(frame->f_code);
}

/* ceval.c's _PyEvalFrameClearAndPop, with frame.c's _PyFrame_Clear and
   pystate.c's _PyThreadState_PopFrame: a frame pushed by uopjit_push_frame
   (or uopjit_call_py_general) is done with. */
static inline void uopjit_clear_and_pop(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  tstate->recursion_remaining--;
  uopjit_clear_frame(frame);
  tstate->recursion_remaining++;
  if ((PyObject **)frame == &tstate->datastack_chunk->data[0])
    uopjit_pop_chunk(tstate);
  else
    tstate->datastack_top = (PyObject **)frame;
}

/* Whether uopjit_call_py can call `func` with `argcount` positional
   arguments and no keywords: optimized code (its frame needs no locals
   dict) without **kwargs or keyword-only parameters, and enough arguments
   that defaults fill the rest, or a *args parameter for the extra ones. */
static inline int uopjit_simple_call(PyFunctionObject *func, int argcount) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  if (!(co->co_flags & CO_OPTIMIZED) || (co->co_flags & CO_VARKEYWORDS) || co->co_kwonlyargcount)
    return 0;
  if (argcount == co->co_argcount || (argcount > co->co_argcount && (co->co_flags & CO_VARARGS)))
    return 1;
  PyObject *defaults = func->func_defaults;
  return argcount < co->co_argcount && defaults != NULL &&
         argcount >= co->co_argcount - PyTuple_GET_SIZE(defaults);
}

/* Whether `callee` is a Python function that uopjit_call_py can call with
   `argcount` positional arguments and no keywords (uopjit_simple_call):
   the test of every call site that pushes the frame itself. */
static inline int uopjit_can_call_py(PyObject *callee, Py_ssize_t argcount) {
  return PyFunction_Check(callee) && argcount <= INT_MAX &&
         uopjit_simple_call((PyFunctionObject *)callee, (int)argcount);
}

#endif
