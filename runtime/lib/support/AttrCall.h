/* Helpers for the uop bodies of the AttrCall area (see Support.h): the
   attribute, global/name, call and control uops (catalog/Attr.td, Call.td,
   Control.td). What ceval.c keeps static is written again here. */
#ifndef UOPJIT_RUNTIME_SUPPORT_ATTRCALL_H
#define UOPJIT_RUNTIME_SUPPORT_ATTRCALL_H

/* ceval's format_exc_check_arg(tstate, PyExc_NameError, NAME_ERROR_MSG,
   name): NameError "name '...' is not defined", with .name set. */
void uopjit_name_error(PyThreadState *tstate, PyObject *name);

/* LOAD_GLOBAL: globals then builtins (dict fast path as _PyDict_LoadGlobal,
   else PyObject_GetItem); a new reference, or NULL with NameError or
   another exception set. */
PyObject *uopjit_load_global(PyThreadState *tstate, PyObject *globals,
                             PyObject *builtins, PyObject *name);

/* LOAD_NAME: f_locals (SystemError when there are none), globals, builtins;
   a new reference, or NULL with an exception set. */
PyObject *uopjit_load_name(PyThreadState *tstate, _PyInterpreterFrame *frame,
                           PyObject *name);

/* ceval's do_raise: consumes exc and cause (both may be NULL); returns 1
   when the handled exception was re-raised, 0 otherwise. An exception is
   set in both cases. */
int uopjit_do_raise(PyThreadState *tstate, PyObject *exc, PyObject *cause);

/* CALL_FUNCTION_EX: func(*callargs, **kwargs) (kwargs may be NULL); all
   borrowed. A new reference, or NULL with an exception set. */
PyObject *uopjit_call_function_ex(PyThreadState *tstate, PyObject *func,
                                  PyObject *callargs, PyObject *kwargs);

/* DICT_NEXT_VERSION(): the hidden _pydict_global_version is bumped by
   making an (empty, free-listed) dict; returns its fresh version. */
uint64_t uopjit_dict_next_version(void);

/* ceval's check_except_type_valid / check_except_star_type_valid: -1 with
   TypeError set when right cannot be used in except / except*. */
int uopjit_check_except_type_valid(PyThreadState *tstate, PyObject *right);
int uopjit_check_except_star_type_valid(PyThreadState *tstate, PyObject *right);

/* ceval's exception_group_match: new references in *match and *rest (both
   left NULL on error, then -1). */
int uopjit_exception_group_match(PyObject *exc_value, PyObject *match_type,
                                 PyObject **match, PyObject **rest);

/* The arguments of a call uop as vectorcall takes them, without copying:
   `args` itself, with self (callable, for a method call: method != NULL)
   put in front of it. A uop's input array has UOPJIT_ARRAY_HEADROOM free
   slots before it (Interp.h), so both that slot and the one before the
   vector, which PY_VECTORCALL_ARGUMENTS_OFFSET lets the callee borrow,
   are there. *total gets the argument count. All borrowed. */
static inline PyObject **uopjit_call_args(PyObject *method, PyObject *callable,
                                          PyObject **args, int nargs, int *total) {
  if (method == NULL) {
    *total = nargs;
    return args;
  }
  args[-1] = callable;
  *total = nargs + 1;
  return args - 1;
}

/* The callee of a call uop: method for a method call, else callable. */
#define UOPJIT_CALLEE(method, callable) ((method) != NULL ? (method) : (callable))

/*===--- generators, coroutines, async iteration (catalog/Gen.td) ---------===*/

/* genobject.c _PyCoro_GetAwaitableIter (hidden): o itself when it is a
   coroutine (or an iterable-coroutine generator), else the iterator of
   type(o).__await__; a new reference, or NULL with TypeError set. */
PyObject *uopjit_coro_get_awaitable_iter(PyObject *o);

/* genobject.c _PyGen_yf (hidden): a new reference to what gen is
   delegating to (yield from / await), or NULL (no exception). */
PyObject *uopjit_gen_yf(PyGenObject *gen);

/* ceval.c format_awaitable_error (static): rewords the error of a failed
   GET_AWAITABLE (oparg 1: __aenter__, 2: __aexit__) when type has no
   __await__. */
void uopjit_format_awaitable_error(PyThreadState *tstate, PyTypeObject *type,
                                   int oparg);

/* genobject.c _PyAsyncGenValueWrapperNew (hidden): the wrapper of a value
   an async generator yields; a new reference, or NULL (MemoryError). */
PyObject *uopjit_async_gen_value_wrapper_new(PyObject *val);

#endif
