/* Helpers for the uop bodies (see Support.h): the AttrCall area. Each is
   the logic of a static or hidden function of CPython 3.11.2 (named at each
   function), adapted to what /usr/bin/python3.11 exports. */
#include "UopBody.h"

/* ceval.c format_exc_check_arg(..., NAME_ERROR_MSG, ...). */
void uopjit_name_error(PyThreadState *tstate, PyObject *name) {
  uopjit_format_exc_check_arg(tstate, PyExc_NameError, "name '%.200s' is not defined", name);
}

/* A name from a builtins namespace that is not a dict (a new reference, or
   NULL with NameError for a missing name). */
static PyObject *load_builtin_generic(PyThreadState *tstate, PyObject *builtins,
                                      PyObject *name) {
  PyObject *v = PyObject_GetItem(builtins, name);
  if (v == NULL && _PyErr_ExceptionMatches(tstate, PyExc_KeyError))
    uopjit_name_error(tstate, name);
  return v;
}

/* ceval.c LOAD_GLOBAL (generic), with dictobject.c _PyDict_LoadGlobal
   (hidden) for the dict case. */
PyObject *uopjit_load_global(PyThreadState *tstate, PyObject *globals,
                             PyObject *builtins, PyObject *name) {
  PyObject *v;
  if (PyDict_CheckExact(globals) && PyDict_CheckExact(builtins)) {
    /* _PyDict_LoadGlobal: one hash, globals then builtins; NULL without an
       exception when the key is in neither. */
    Py_hash_t hash;
    if (!PyUnicode_CheckExact(name) ||
        (hash = ((PyASCIIObject *)name)->hash) == -1) {
      hash = PyObject_Hash(name);
      if (hash == -1)
        return NULL;
    }
    v = _PyDict_GetItem_KnownHash(globals, name, hash);
    if (v == NULL) {
      if (_PyErr_Occurred(tstate))
        return NULL;
      v = _PyDict_GetItem_KnownHash(builtins, name, hash);
      if (v == NULL) {
        if (!_PyErr_Occurred(tstate)) {
          /* _PyDict_LoadGlobal() returns NULL without raising an exception
             if the key doesn't exist */
          uopjit_name_error(tstate, name);
        }
        return NULL;
      }
    }
    Py_INCREF(v);
    return v;
  }
  /* Slow-path if globals or builtins is not a dict */
  /* namespace 1: globals */
  v = PyObject_GetItem(globals, name);
  if (v == NULL) {
    if (!_PyErr_ExceptionMatches(tstate, PyExc_KeyError))
      return NULL;
    _PyErr_Clear(tstate);
    /* namespace 2: builtins */
    return load_builtin_generic(tstate, builtins, name);
  }
  return v;
}

/* ceval.c LOAD_NAME. */
PyObject *uopjit_load_name(PyThreadState *tstate, _PyInterpreterFrame *frame,
                           PyObject *name) {
  PyObject *locals = frame->f_locals;
  PyObject *v;
  if (locals == NULL) {
    _PyErr_Format(tstate, PyExc_SystemError, "no locals when loading %R", name);
    return NULL;
  }
  if (PyDict_CheckExact(locals)) {
    v = PyDict_GetItemWithError(locals, name);
    if (v != NULL) {
      Py_INCREF(v);
    } else if (_PyErr_Occurred(tstate)) {
      return NULL;
    }
  } else {
    v = PyObject_GetItem(locals, name);
    if (v == NULL) {
      if (!_PyErr_ExceptionMatches(tstate, PyExc_KeyError))
        return NULL;
      _PyErr_Clear(tstate);
    }
  }
  if (v == NULL) {
    v = PyDict_GetItemWithError(frame->f_globals, name);
    if (v != NULL) {
      Py_INCREF(v);
    } else if (_PyErr_Occurred(tstate)) {
      return NULL;
    } else {
      PyObject *builtins = frame->f_builtins;
      if (PyDict_CheckExact(builtins)) {
        v = PyDict_GetItemWithError(builtins, name);
        if (v == NULL) {
          if (!_PyErr_Occurred(tstate))
            uopjit_name_error(tstate, name);
          return NULL;
        }
        Py_INCREF(v);
      } else {
        v = load_builtin_generic(tstate, builtins, name);
      }
    }
  }
  return v;
}

/* ceval.c do_raise: consumes a reference to each argument. */
int uopjit_do_raise(PyThreadState *tstate, PyObject *exc, PyObject *cause) {
  PyObject *type = NULL, *value = NULL;

  if (exc == NULL) {
    /* Reraise */
    _PyErr_StackItem *exc_info = _PyErr_GetTopmostException(tstate);
    value = exc_info->exc_value;
    if (Py_IsNone(value) || value == NULL) {
      _PyErr_SetString(tstate, PyExc_RuntimeError,
                       "No active exception to reraise");
      return 0;
    }
    assert(PyExceptionInstance_Check(value));
    type = PyExceptionInstance_Class(value);
    Py_XINCREF(type);
    Py_XINCREF(value);
    PyObject *tb = PyException_GetTraceback(value); /* new ref */
    _PyErr_Restore(tstate, type, value, tb);
    return 1;
  }

  /* We support the following forms of raise:
     raise
     raise <instance>
     raise <type> */

  if (PyExceptionClass_Check(exc)) {
    type = exc;
    value = _PyObject_CallNoArgs(exc);
    if (value == NULL)
      goto raise_error;
    if (!PyExceptionInstance_Check(value)) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "calling %R should have returned an instance of "
                    "BaseException, not %R",
                    type, Py_TYPE(value));
      goto raise_error;
    }
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
    type = PyExceptionInstance_Class(exc);
    Py_INCREF(type);
  } else {
    /* Not something you can raise.  You get an exception
       anyway, just not what you specified :-) */
    Py_DECREF(exc);
    _PyErr_SetString(tstate, PyExc_TypeError,
                     "exceptions must derive from BaseException");
    goto raise_error;
  }

  assert(type != NULL);
  assert(value != NULL);

  if (cause) {
    PyObject *fixed_cause;
    if (PyExceptionClass_Check(cause)) {
      fixed_cause = _PyObject_CallNoArgs(cause);
      if (fixed_cause == NULL)
        goto raise_error;
      Py_DECREF(cause);
    } else if (PyExceptionInstance_Check(cause)) {
      fixed_cause = cause;
    } else if (Py_IsNone(cause)) {
      Py_DECREF(cause);
      fixed_cause = NULL;
    } else {
      _PyErr_SetString(tstate, PyExc_TypeError,
                       "exception causes must derive from "
                       "BaseException");
      goto raise_error;
    }
    PyException_SetCause(value, fixed_cause);
  }

  _PyErr_SetObject(tstate, type, value);
  /* _PyErr_SetObject incref's its arguments */
  Py_DECREF(value);
  Py_DECREF(type);
  return 0;

raise_error:
  Py_XDECREF(value);
  Py_XDECREF(type);
  Py_XDECREF(cause);
  return 0;
}

/* ceval.c check_args_iterable. */
static int check_args_iterable(PyThreadState *tstate, PyObject *func,
                               PyObject *args) {
  if (Py_TYPE(args)->tp_iter == NULL && !PySequence_Check(args)) {
    /* check_args_iterable() may be called with a live exception:
     * clear it to prevent calling _PyObject_FunctionStr() with an
     * exception set. */
    _PyErr_Clear(tstate);
    PyObject *funcstr = _PyObject_FunctionStr(func);
    if (funcstr != NULL) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%U argument after * must be an iterable, not %.200s",
                    funcstr, Py_TYPE(args)->tp_name);
      Py_DECREF(funcstr);
    }
    return -1;
  }
  return 0;
}

/* ceval.c CALL_FUNCTION_EX and do_call_core (without tracing, both of
   do_call_core's branches are PyObject_Call). */
PyObject *uopjit_call_function_ex(PyThreadState *tstate, PyObject *func,
                                  PyObject *callargs, PyObject *kwargs) {
  PyObject *kwdict = NULL;
  if (kwargs != NULL) {
    if (!PyDict_CheckExact(kwargs)) {
      kwdict = PyDict_New();
      if (kwdict == NULL)
        return NULL;
      if (_PyDict_MergeEx(kwdict, kwargs, 2) < 0) {
        Py_DECREF(kwdict);
        uopjit_format_kwargs_error(tstate, func, kwargs);
        return NULL;
      }
    } else {
      kwdict = Py_NewRef(kwargs);
    }
    assert(PyDict_CheckExact(kwdict));
  }
  PyObject *argtuple;
  if (!PyTuple_CheckExact(callargs)) {
    if (check_args_iterable(tstate, func, callargs) < 0) {
      Py_XDECREF(kwdict);
      return NULL;
    }
    argtuple = PySequence_Tuple(callargs);
    if (argtuple == NULL) {
      Py_XDECREF(kwdict);
      return NULL;
    }
  } else {
    argtuple = Py_NewRef(callargs);
  }
  assert(PyTuple_CheckExact(argtuple));
  PyObject *result;
  /* A Python function with simple parameters and no keywords (a
     decorator's `f(*args)`): its frame pushed here, the tuple's items as
     the arguments, as the CALL uop does, not through PyObject_Call's
     vectorcall layers and the eval hook. */
  Py_ssize_t nargs = PyTuple_GET_SIZE(argtuple);
  if ((kwdict == NULL || PyDict_GET_SIZE(kwdict) == 0) && uopjit_can_call_py(func, nargs))
    result = uopjit_call_py(tstate, (PyFunctionObject *)func,
                            &PyTuple_GET_ITEM(argtuple, 0), (int)nargs);
  else
    result = PyObject_Call(func, argtuple, kwdict);
  Py_DECREF(argtuple);
  Py_XDECREF(kwdict);
  return result;
}

/* DICT_NEXT_VERSION() (pycore_dict.h) increments _pydict_global_version,
   which python3.11 does not export; every new dict takes the next version
   (dictobject.c new_dict), so make one (from the free list) and read it. */
uint64_t uopjit_dict_next_version(void) {
  PyObject *d = PyDict_New();
  if (d == NULL) {
    /* Only when out of memory; the version must still change. */
    PyErr_Clear();
    Py_FatalError("uopjit: cannot take a dict version");
  }
  uint64_t v = ((PyDictObject *)d)->ma_version_tag;
  Py_DECREF(d);
  return v;
}

#define CANNOT_CATCH_MSG                                                       \
  "catching classes that do not inherit from "                                 \
  "BaseException is not allowed"

#define CANNOT_EXCEPT_STAR_EG                                                  \
  "catching ExceptionGroup with except* "                                      \
  "is not allowed. Use except instead."

/* ceval.c check_except_type_valid. */
int uopjit_check_except_type_valid(PyThreadState *tstate, PyObject *right) {
  if (PyTuple_Check(right)) {
    Py_ssize_t i, length;
    length = PyTuple_GET_SIZE(right);
    for (i = 0; i < length; i++) {
      PyObject *exc = PyTuple_GET_ITEM(right, i);
      if (!PyExceptionClass_Check(exc)) {
        _PyErr_SetString(tstate, PyExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
      }
    }
  } else {
    if (!PyExceptionClass_Check(right)) {
      _PyErr_SetString(tstate, PyExc_TypeError, CANNOT_CATCH_MSG);
      return -1;
    }
  }
  return 0;
}

/* ceval.c check_except_star_type_valid. */
int uopjit_check_except_star_type_valid(PyThreadState *tstate, PyObject *right) {
  if (uopjit_check_except_type_valid(tstate, right) < 0)
    return -1;

  /* reject except *ExceptionGroup */

  int is_subclass = 0;
  if (PyTuple_Check(right)) {
    Py_ssize_t length = PyTuple_GET_SIZE(right);
    for (Py_ssize_t i = 0; i < length; i++) {
      PyObject *exc = PyTuple_GET_ITEM(right, i);
      is_subclass = PyObject_IsSubclass(exc, PyExc_BaseExceptionGroup);
      if (is_subclass < 0)
        return -1;
      if (is_subclass)
        break;
    }
  } else {
    is_subclass = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
    if (is_subclass < 0)
      return -1;
  }
  if (is_subclass) {
    _PyErr_SetString(tstate, PyExc_TypeError, CANNOT_EXCEPT_STAR_EG);
    return -1;
  }
  return 0;
}

/* exceptions.c _PyExc_CreateExceptionGroup (hidden). */
static PyObject *create_exception_group(const char *msg_str, PyObject *excs) {
  PyObject *msg = PyUnicode_FromString(msg_str);
  if (!msg)
    return NULL;
  PyObject *args = PyTuple_Pack(2, msg, excs);
  Py_DECREF(msg);
  if (!args)
    return NULL;
  PyObject *result = PyObject_CallObject(PyExc_BaseExceptionGroup, args);
  Py_DECREF(args);
  return result;
}

/* ceval.c exception_group_match. */
int uopjit_exception_group_match(PyObject *exc_value, PyObject *match_type,
                                 PyObject **match, PyObject **rest) {
  if (Py_IsNone(exc_value)) {
    *match = Py_NewRef(Py_None);
    *rest = Py_NewRef(Py_None);
    return 0;
  }
  assert(PyExceptionInstance_Check(exc_value));

  if (PyErr_GivenExceptionMatches(exc_value, match_type)) {
    /* Full match of exc itself */
    int is_eg = _PyBaseExceptionGroup_Check(exc_value);
    if (is_eg) {
      *match = Py_NewRef(exc_value);
    } else {
      /* naked exception - wrap it */
      PyObject *excs = PyTuple_Pack(1, exc_value);
      if (excs == NULL)
        return -1;
      PyObject *wrapped = create_exception_group("", excs);
      Py_DECREF(excs);
      if (wrapped == NULL)
        return -1;
      *match = wrapped;
    }
    *rest = Py_NewRef(Py_None);
    return 0;
  }

  /* exc_value does not match match_type.
   * Check for partial match if it's an exception group.
   */
  if (_PyBaseExceptionGroup_Check(exc_value)) {
    PyObject *pair = PyObject_CallMethod(exc_value, "split", "(O)", match_type);
    if (pair == NULL)
      return -1;
    assert(PyTuple_CheckExact(pair));
    assert(PyTuple_GET_SIZE(pair) == 2);
    *match = Py_NewRef(PyTuple_GET_ITEM(pair, 0));
    *rest = Py_NewRef(PyTuple_GET_ITEM(pair, 1));
    Py_DECREF(pair);
    return 0;
  }
  /* no match */
  *match = Py_NewRef(Py_None);
  *rest = Py_NewRef(Py_None);
  return 0;
}

/*===--- generators, coroutines, async iteration (catalog/Gen.td) ---------===*/

#include "opcode.h"

/* genobject.c gen_is_coroutine. */
static int gen_is_coroutine(PyObject *o) {
  if (PyGen_CheckExact(o)) {
    PyCodeObject *code = (PyCodeObject *)((PyGenObject *)o)->gi_code;
    if (code->co_flags & CO_ITERABLE_COROUTINE)
      return 1;
  }
  return 0;
}

/* genobject.c _PyCoro_GetAwaitableIter. */
PyObject *uopjit_coro_get_awaitable_iter(PyObject *o) {
  unaryfunc getter = NULL;
  PyTypeObject *ot;

  if (PyCoro_CheckExact(o) || gen_is_coroutine(o)) {
    /* 'o' is a coroutine. */
    return Py_NewRef(o);
  }

  ot = Py_TYPE(o);
  if (ot->tp_as_async != NULL)
    getter = ot->tp_as_async->am_await;
  if (getter != NULL) {
    PyObject *res = (*getter)(o);
    if (res != NULL) {
      if (PyCoro_CheckExact(res) || gen_is_coroutine(res)) {
        /* __await__ must return an *iterator*, not
           a coroutine or another awaitable (see PEP 492) */
        PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
        Py_CLEAR(res);
      } else if (!PyIter_Check(res)) {
        PyErr_Format(PyExc_TypeError,
                     "__await__() returned non-iterator "
                     "of type '%.100s'",
                     Py_TYPE(res)->tp_name);
        Py_CLEAR(res);
      }
    }
    return res;
  }

  PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression",
               ot->tp_name);
  return NULL;
}

/* genobject.c _PyGen_yf. */
PyObject *uopjit_gen_yf(PyGenObject *gen) {
  PyObject *yf = NULL;

  if (gen->gi_frame_state < FRAME_CLEARED) {
    _PyInterpreterFrame *gframe = (_PyInterpreterFrame *)gen->gi_iframe;

    if (gen->gi_frame_state == FRAME_CREATED) {
      /* Return immediately if the frame didn't start yet. SEND
         always come after LOAD_CONST: a code object should not start
         with SEND */
      return NULL;
    }
    _Py_CODEUNIT next = gframe->prev_instr[1];
    /* _PyOpcode_Deopt[op] != RESUME (hidden table): RESUME and RESUME_QUICK
       are the only opcodes it maps to RESUME. */
    int op = _Py_OPCODE(next);
    if ((op != RESUME && op != RESUME_QUICK) || _Py_OPARG(next) < 2) {
      /* Not in a yield from */
      return NULL;
    }
    yf = _PyFrame_StackPeek(gframe);
    Py_INCREF(yf);
  }

  return yf;
}

/* ceval.c format_awaitable_error. */
void uopjit_format_awaitable_error(PyThreadState *tstate, PyTypeObject *type,
                                   int oparg) {
  if (type->tp_as_async == NULL || type->tp_as_async->am_await == NULL) {
    if (oparg == 1) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "'async with' received an object from __aenter__ "
                    "that does not implement __await__: %.100s",
                    type->tp_name);
    } else if (oparg == 2) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "'async with' received an object from __aexit__ "
                    "that does not implement __await__: %.100s",
                    type->tp_name);
    }
  }
}

/* genobject.c's _PyAsyncGenWrappedValue (its struct is private to that
   file; the type object _PyAsyncGenWrappedValue_Type is exported). */
typedef struct {
  PyObject_HEAD
  PyObject *agw_val;
} uopjit_AsyncGenWrappedValue;

/* genobject.c _PyAsyncGenValueWrapperNew, with the interpreter's free list
   (async_gen_wrapped_val_dealloc puts wrappers back there). */
PyObject *uopjit_async_gen_value_wrapper_new(PyObject *val) {
  uopjit_AsyncGenWrappedValue *o;
  assert(val);

#if _PyAsyncGen_MAXFREELIST > 0
  struct _Py_async_gen_state *state = &_PyInterpreterState_GET()->async_gen;
  if (state->value_numfree) {
    state->value_numfree--;
    o = (uopjit_AsyncGenWrappedValue *)state->value_freelist[state->value_numfree];
    assert(Py_IS_TYPE((PyObject *)o, &_PyAsyncGenWrappedValue_Type));
    _Py_NewReference((PyObject *)o);
  } else
#endif
  {
    o = PyObject_GC_New(uopjit_AsyncGenWrappedValue, &_PyAsyncGenWrappedValue_Type);
    if (o == NULL)
      return NULL;
  }
  o->agw_val = Py_NewRef(val);
  _PyObject_GC_TRACK((PyObject *)o);
  return (PyObject *)o;
}
