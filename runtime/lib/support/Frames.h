/*===- Frames.h - calling a Python function on a frame of our own -------===*/
#ifndef UOPJIT_RUNTIME_SUPPORT_FRAMES_H
#define UOPJIT_RUNTIME_SUPPORT_FRAMES_H

/* Calls the Python function `func` with `argcount` positional arguments
   (borrowed), as CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS do: the
   parameters missing from `args` take func's defaults, and the arguments
   beyond them go to its *args tuple. The caller has checked that func
   takes them (uopjit_simple_call). Returns a new reference, or NULL with
   an exception set. */
PyObject *uopjit_call_py(PyThreadState *tstate, PyFunctionObject *func, PyObject **args,
                         int argcount);

/* uopjit's PEP 523 frame evaluator (Runtime.c). */
PyObject *uopjit_eval(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag);
/* uopjit_eval for a frame uopjit_call_py has just pushed, which
   uopjit_call_py calls directly when uopjit's evaluator is the installed
   one: the call's fast path into compiled code (Runtime.c). */
PyObject *uopjit_eval_pushed(PyThreadState *tstate, _PyInterpreterFrame *frame);

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

#endif
