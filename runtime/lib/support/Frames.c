/*===- Frames.c - calling a Python function on a frame of our own -------===*
 *
 * What _PyFunction_Vectorcall -> _PyEval_Vector does for a Python function,
 * without its layers: push an interpreter frame on the thread's data stack,
 * fill it, evaluate it (through the installed PEP 523 evaluator: ours runs
 * the callee's compiled code, or the interpreter), clear it and pop it.
 * CPython 3.11 keeps the pieces (_PyEvalFramePushAndInit, _PyFrame_Clear,
 * _PyThreadState_PopFrame) hidden, so they are written again here from
 * Python/ceval.c and Python/frame.c of 3.11.2, for the common case: a frame
 * that fits in the current data-stack chunk. Anything else takes the
 * vectorcall path, which is CPython's own.
 *
 *===----------------------------------------------------------------------===*/
#include "UopBody.h"

/* frame.c's take_ownership: the frame object outlives the call (someone
   kept sys._getframe() or a traceback), so the frame's data moves into it
   and it links to its caller's frame object. That object is made (hidden
   _PyFrame_GetFrameObject) through PyFrame_GetBack, while this frame is
   still linked to its caller. */
static void take_ownership(PyFrameObject *f, _PyInterpreterFrame *frame) {
  _PyInterpreterFrame *prev = frame->previous;
  while (prev && _PyFrame_IsIncomplete(prev))
    prev = prev->previous;
  PyFrameObject *back = prev ? PyFrame_GetBack(f) : NULL;
  if (prev && back == NULL)
    PyErr_Clear(); /* a MemoryError: nothing to be done about it */
  Py_ssize_t size = (char *)&frame->localsplus[frame->stacktop] - (char *)frame;
  memcpy((_PyInterpreterFrame *)f->_f_frame_data, frame, size);
  frame = (_PyInterpreterFrame *)f->_f_frame_data;
  f->f_frame = frame;
  frame->owner = FRAME_OWNED_BY_FRAME_OBJECT;
  if (_PyFrame_IsIncomplete(frame)) {
    /* Dead before its first RESUME: pretend that it ran. */
    frame->prev_instr = _PyCode_CODE(frame->f_code) + frame->f_code->_co_firsttraceable;
  }
  if (prev) {
    f->f_back = back; /* PyFrame_GetBack's new reference */
    frame->previous = NULL;
  }
  if (!_PyObject_GC_IS_TRACKED((PyObject *)f))
    _PyObject_GC_TRACK((PyObject *)f);
}

/* ceval.c's _PyEvalFrameClearAndPop, with frame.c's _PyFrame_Clear and
   pystate.c's _PyThreadState_PopFrame (the frame is never the first of its
   chunk: uopjit_call_py does not push those). */
static void clear_and_pop(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  tstate->recursion_remaining--;
  if (frame->frame_obj) {
    PyFrameObject *f = frame->frame_obj;
    frame->frame_obj = NULL;
    if (Py_REFCNT(f) > 1) {
      take_ownership(f, frame);
      Py_DECREF(f);
      goto pop;
    }
    Py_DECREF(f);
  }
  for (int i = 0; i < frame->stacktop; i++)
    Py_XDECREF(frame->localsplus[i]);
  Py_XDECREF(frame->f_locals);
  Py_DECREF(frame->f_func);
  Py_DECREF(frame->f_code);
pop:
  tstate->recursion_remaining++;
  tstate->datastack_top = (PyObject **)frame;
}

PyObject *uopjit_call_py(PyThreadState *tstate, PyFunctionObject *func, PyObject **args,
                         int argcount) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  size_t size = co->co_nlocalsplus + co->co_stacksize + FRAME_SPECIALS_SIZE;
  PyObject **base = tstate->datastack_top;
  if (base == NULL || base + size >= tstate->datastack_limit ||
      base == &tstate->datastack_chunk->data[0]) {
    /* A new chunk is needed: CPython's own path allocates it. */
    PyObject *vec[argcount + 1];
    memcpy(vec + 1, args, argcount * sizeof(PyObject *));
    return _PyFunction_Vectorcall((PyObject *)func, vec + 1,
                                  argcount | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
  }
  tstate->datastack_top = base + size;
  _PyInterpreterFrame *frame = (_PyInterpreterFrame *)base;
  Py_INCREF(func);
  _PyFrame_InitializeSpecials(frame, func, NULL, co->co_nlocalsplus);
  PyObject **locals = frame->localsplus;
  int i = 0;
  for (; i < argcount; i++)
    locals[i] = Py_NewRef(args[i]);
  if (i < co->co_argcount) {
    /* Defaults for the parameters not passed (func_version pins them). */
    PyObject *defaults = func->func_defaults;
    Py_ssize_t first = co->co_argcount - PyTuple_GET_SIZE(defaults);
    for (; i < co->co_argcount; i++)
      locals[i] = Py_NewRef(PyTuple_GET_ITEM(defaults, i - first));
  }
  for (; i < co->co_nlocalsplus; i++)
    locals[i] = NULL;
  PyObject *result = tstate->interp->eval_frame == uopjit_eval
                         ? uopjit_eval(tstate, frame, 0)
                         : _PyEval_EvalFrame(tstate, frame, 0);
  clear_and_pop(tstate, frame);
  return result;
}
