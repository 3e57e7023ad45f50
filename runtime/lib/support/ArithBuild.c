/* Helpers for the uop bodies of the ArithBuild area (see ArithBuild.h).
   Copied from CPython 3.11.2 (Python/ceval.c, Objects/frameobject.c,
   Objects/longobject.c) and adapted to what /usr/bin/python3.11 exports. */
#include "UopBody.h"

#include "opcode.h"

/* The opcode tables of pycore_opcode.h are hidden in the interpreter: this
   file gets its own copies, under its own names. */
#define _PyOpcode_Caches uopjit_ab_opcode_caches
#define _PyOpcode_Deopt uopjit_ab_opcode_deopt
#define NEED_OPCODE_TABLES
#include "internal/pycore_opcode.h"
#undef NEED_OPCODE_TABLES
#undef _PyOpcode_Caches
#undef _PyOpcode_Deopt

/*===--- errors ------------------------------------------------------------===*/

void uopjit_format_exc_check_arg(PyThreadState *tstate, PyObject *exc,
                                 const char *format_str, PyObject *obj) {
  const char *obj_str;

  if (!obj)
    return;

  obj_str = PyUnicode_AsUTF8(obj);
  if (!obj_str)
    return;

  _PyErr_Format(tstate, exc, format_str, obj_str);

  if (exc == PyExc_NameError) {
    // Include the name in the NameError exceptions to offer suggestions later.
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyErr_NormalizeException(&type, &value, &traceback);
    if (PyErr_GivenExceptionMatches(value, PyExc_NameError)) {
      PyNameErrorObject *exc = (PyNameErrorObject *)value;
      if (exc->name == NULL) {
        // We do not care if this fails because we are going to restore the
        // NameError anyway.
        (void)PyObject_SetAttr(value, &_Py_ID(name), obj);
      }
    }
    PyErr_Restore(type, value, traceback);
  }
}

void uopjit_format_exc_unbound(PyThreadState *tstate, PyCodeObject *co,
                               int oparg) {
  PyObject *name;
  /* Don't stomp existing exception */
  if (_PyErr_Occurred(tstate))
    return;
  name = PyTuple_GET_ITEM(co->co_localsplusnames, oparg);
  if (oparg < co->co_nplaincellvars + co->co_nlocals) {
    uopjit_format_exc_check_arg(tstate, PyExc_UnboundLocalError,
                                UOPJIT_UNBOUNDLOCAL_ERROR_MSG, name);
  } else {
    uopjit_format_exc_check_arg(tstate, PyExc_NameError,
                                UOPJIT_UNBOUNDFREE_ERROR_MSG, name);
  }
}

void uopjit_unbound_local_error(PyThreadState *tstate,
                                _PyInterpreterFrame *frame, int oparg) {
  uopjit_format_exc_check_arg(
      tstate, PyExc_UnboundLocalError, UOPJIT_UNBOUNDLOCAL_ERROR_MSG,
      PyTuple_GetItem(frame->f_code->co_localsplusnames, oparg));
}

void uopjit_format_kwargs_error(PyThreadState *tstate, PyObject *func,
                                PyObject *kwargs) {
  /* _PyDict_MergeEx raises attribute
   * error (percolated from an attempt
   * to get 'keys' attribute) instead of
   * a type error if its second argument
   * is not a mapping.
   */
  if (_PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
    _PyErr_Clear(tstate);
    PyObject *funcstr = _PyObject_FunctionStr(func);
    if (funcstr != NULL) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%U argument after ** must be a mapping, not %.200s",
                    funcstr, Py_TYPE(kwargs)->tp_name);
      Py_DECREF(funcstr);
    }
  } else if (_PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    PyObject *exc, *val, *tb;
    _PyErr_Fetch(tstate, &exc, &val, &tb);
    if (val && PyTuple_Check(val) && PyTuple_GET_SIZE(val) == 1) {
      _PyErr_Clear(tstate);
      PyObject *funcstr = _PyObject_FunctionStr(func);
      if (funcstr != NULL) {
        PyObject *key = PyTuple_GET_ITEM(val, 0);
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%U got multiple values for keyword argument '%S'",
                      funcstr, key);
        Py_DECREF(funcstr);
      }
      Py_XDECREF(exc);
      Py_XDECREF(val);
      Py_XDECREF(tb);
    } else {
      _PyErr_Restore(tstate, exc, val, tb);
    }
  }
}

/*===--- arithmetic --------------------------------------------------------===*/

/* _PyNumber_PowerNoMod and _PyNumber_InPlacePowerNoMod (hidden). */
static PyObject *power_no_mod(PyObject *lhs, PyObject *rhs) {
  return PyNumber_Power(lhs, rhs, Py_None);
}
static PyObject *inplace_power_no_mod(PyObject *lhs, PyObject *rhs) {
  return PyNumber_InPlacePower(lhs, rhs, Py_None);
}

static const binaryfunc binary_ops[] = {
    [NB_ADD] = PyNumber_Add,
    [NB_AND] = PyNumber_And,
    [NB_FLOOR_DIVIDE] = PyNumber_FloorDivide,
    [NB_LSHIFT] = PyNumber_Lshift,
    [NB_MATRIX_MULTIPLY] = PyNumber_MatrixMultiply,
    [NB_MULTIPLY] = PyNumber_Multiply,
    [NB_REMAINDER] = PyNumber_Remainder,
    [NB_OR] = PyNumber_Or,
    [NB_POWER] = power_no_mod,
    [NB_RSHIFT] = PyNumber_Rshift,
    [NB_SUBTRACT] = PyNumber_Subtract,
    [NB_TRUE_DIVIDE] = PyNumber_TrueDivide,
    [NB_XOR] = PyNumber_Xor,
    [NB_INPLACE_ADD] = PyNumber_InPlaceAdd,
    [NB_INPLACE_AND] = PyNumber_InPlaceAnd,
    [NB_INPLACE_FLOOR_DIVIDE] = PyNumber_InPlaceFloorDivide,
    [NB_INPLACE_LSHIFT] = PyNumber_InPlaceLshift,
    [NB_INPLACE_MATRIX_MULTIPLY] = PyNumber_InPlaceMatrixMultiply,
    [NB_INPLACE_MULTIPLY] = PyNumber_InPlaceMultiply,
    [NB_INPLACE_REMAINDER] = PyNumber_InPlaceRemainder,
    [NB_INPLACE_OR] = PyNumber_InPlaceOr,
    [NB_INPLACE_POWER] = inplace_power_no_mod,
    [NB_INPLACE_RSHIFT] = PyNumber_InPlaceRshift,
    [NB_INPLACE_SUBTRACT] = PyNumber_InPlaceSubtract,
    [NB_INPLACE_TRUE_DIVIDE] = PyNumber_InPlaceTrueDivide,
    [NB_INPLACE_XOR] = PyNumber_InPlaceXor,
};

/* Per NB_* code of a binary operator (not NB_POWER: ternary): its slot in
   PyNumberMethods, the in-place slot, the dunder, and the operator as
   abstract.c's TypeError names it. */
static const struct {
  size_t slot, inplace_slot;
  PyObject *dunder;
  const char *op_name, *inplace_name;
} nb_ops[NB_XOR + 1] = {
#define NB_OP(CODE, SLOT, DUNDER, NAME)                                        \
  [CODE] = {offsetof(PyNumberMethods, nb_##SLOT),                              \
            offsetof(PyNumberMethods, nb_inplace_##SLOT), &_Py_ID(DUNDER), NAME, NAME "="}
    NB_OP(NB_ADD, add, __add__, "+"),
    NB_OP(NB_AND, and, __and__, "&"),
    NB_OP(NB_FLOOR_DIVIDE, floor_divide, __floordiv__, "//"),
    NB_OP(NB_LSHIFT, lshift, __lshift__, "<<"),
    NB_OP(NB_MATRIX_MULTIPLY, matrix_multiply, __matmul__, "@"),
    NB_OP(NB_MULTIPLY, multiply, __mul__, "*"),
    NB_OP(NB_REMAINDER, remainder, __mod__, "%"),
    NB_OP(NB_OR, or, __or__, "|"),
    NB_OP(NB_RSHIFT, rshift, __rshift__, ">>"),
    NB_OP(NB_SUBTRACT, subtract, __sub__, "-"),
    NB_OP(NB_TRUE_DIVIDE, true_divide, __truediv__, "/"),
    NB_OP(NB_XOR, xor, __xor__, "^"),
#undef NB_OP
};
#define NB_SLOT_AT(nb, offset) (*(binaryfunc *)((char *)(nb) + (offset)))

/* typeobject.c's slot_nb_add, slot_nb_subtract, ... (static): the slot of
   each operator of a class that defines its dunder in Python. */
static binaryfunc slot_nb[NB_XOR + 1];

int uopjit_define_nb_dunders(PyObject *ns, PyObject *func) {
  for (int op = 0; op <= NB_XOR; op++)
    if (op != NB_POWER && PyDict_SetItem(ns, nb_ops[op].dunder, func) < 0)
      return -1;
  return 0;
}

void uopjit_learn_nb_slots(PyTypeObject *probe) {
  for (int op = 0; op <= NB_XOR; op++)
    if (op != NB_POWER)
      slot_nb[op] = NB_SLOT_AT(probe->tp_as_number, nb_ops[op].slot);
}

/* abstract.c's binary_op / binary_iop for `lhs OP rhs` when type(lhs) is a
   class with the operator's dunder in Python (its slot is slot_nb_*) and
   nothing else can take part: no in-place dunder (an in-place operator
   then is the plain one), rhs's type either the same or one without that
   slot_nb_* (so no reflected dunder is tried first or at all) and not a
   subclass, and no sequence concatenation or repetition to fall back on.
   Then the result is the dunder's, called here on a frame of our own
   (uopjit_call_py) instead of through binary_op1, slot_nb_*,
   vectorcall_maybe, _PyFunction_Vectorcall and the eval hook; a
   NotImplemented from it leads to rhs's C slot, then the TypeError, as
   binary_op1 and binary_op would. Returns 0 when the case is not this one
   (*result untouched), else 1 with *result the new reference or NULL. */
static int python_dunder_op(int oparg, PyObject *lhs, PyObject *rhs, PyObject **result) {
  int inplace = oparg >= NB_INPLACE_ADD;
  int op = inplace ? oparg - NB_INPLACE_ADD : oparg;
  PyTypeObject *tv = Py_TYPE(lhs), *tw = Py_TYPE(rhs);
  if (op > NB_XOR || op == NB_POWER || tv->tp_as_number == NULL || slot_nb[op] == NULL ||
      NB_SLOT_AT(tv->tp_as_number, nb_ops[op].slot) != slot_nb[op] ||
      (inplace && NB_SLOT_AT(tv->tp_as_number, nb_ops[op].inplace_slot) != NULL))
    return 0;
  binaryfunc slotw = NULL;
  if (tw != tv && tw->tp_as_number != NULL) {
    slotw = NB_SLOT_AT(tw->tp_as_number, nb_ops[op].slot);
    if (slotw == slot_nb[op] || (slotw != NULL && PyType_IsSubtype(tw, tv)))
      return 0;
  }
  if (op == NB_ADD || op == NB_MULTIPLY) {
    PySequenceMethods *mv = tv->tp_as_sequence, *mw = tw->tp_as_sequence;
    if ((mv && (mv->sq_concat || mv->sq_repeat || mv->sq_inplace_concat ||
                mv->sq_inplace_repeat)) ||
        (op == NB_MULTIPLY && mw && mw->sq_repeat))
      return 0;
  }
  PyObject *dunder = _PyType_Lookup(tv, nb_ops[op].dunder);
  if (dunder == NULL || !uopjit_can_call_py(dunder, 2))
    return 0;
  PyObject *args[2] = {lhs, rhs};
  PyObject *x = uopjit_call_py(_PyThreadState_GET(), (PyFunctionObject *)dunder, args, 2);
  if (x == Py_NotImplemented && slotw != NULL) {
    Py_DECREF(x);
    x = slotw(lhs, rhs);
  }
  if (x == Py_NotImplemented) {
    Py_DECREF(x);
    const char *name = inplace ? nb_ops[op].inplace_name : nb_ops[op].op_name;
    PyErr_Format(PyExc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                 name, tv->tp_name, tw->tp_name);
    x = NULL;
  }
  *result = x;
  return 1;
}

PyObject *uopjit_binary_op(int oparg, PyObject *lhs, PyObject *rhs) {
  if (oparg < 0 || (size_t)oparg >= Py_ARRAY_LENGTH(binary_ops) ||
      binary_ops[oparg] == NULL) {
    PyErr_Format(PyExc_SystemError, "uopjit: bad BINARY_OP oparg %d", oparg);
    return NULL;
  }
  PyObject *result;
  if ((Py_TYPE(lhs)->tp_flags & Py_TPFLAGS_HEAPTYPE) && python_dunder_op(oparg, lhs, rhs, &result))
    return result;
  return binary_ops[oparg](lhs, rhs);
}

/* longobject.c's IS_MEDIUM_VALUE and medium_value. */
#define UOPJIT_IS_MEDIUM_VALUE(x) (((size_t)Py_SIZE(x)) + 1U < 3U)
static inline long long medium_value(PyObject *x) {
  return ((long long)Py_SIZE(x)) * (long long)((PyLongObject *)x)->ob_digit[0];
}

/* _PyLong_FromSTwoDigits(x) and PyLong_FromLongLong(x) make the same object
   (a small int, a one-digit int or a multi-digit one) for any x. The slow
   paths of _PyLong_Add/_Subtract/_Multiply are reached through the exact
   int type's own nb_* slots (long_add, long_sub, long_mul), which call
   them. */
PyObject *uopjit_long_add(PyObject *a, PyObject *b) {
  if (UOPJIT_IS_MEDIUM_VALUE(a) && UOPJIT_IS_MEDIUM_VALUE(b))
    return PyLong_FromLongLong(medium_value(a) + medium_value(b));
  return PyLong_Type.tp_as_number->nb_add(a, b);
}

PyObject *uopjit_long_subtract(PyObject *a, PyObject *b) {
  if (UOPJIT_IS_MEDIUM_VALUE(a) && UOPJIT_IS_MEDIUM_VALUE(b))
    return PyLong_FromLongLong(medium_value(a) - medium_value(b));
  return PyLong_Type.tp_as_number->nb_subtract(a, b);
}

PyObject *uopjit_long_multiply(PyObject *a, PyObject *b) {
  if (UOPJIT_IS_MEDIUM_VALUE(a) && UOPJIT_IS_MEDIUM_VALUE(b))
    return PyLong_FromLongLong(medium_value(a) * medium_value(b));
  return PyLong_Type.tp_as_number->nb_multiply(a, b);
}

/*===--- containers --------------------------------------------------------===*/

PyObject *uopjit_dict_from_pairs(PyObject *const *items, Py_ssize_t n) {
  /* _PyStack_AsDict(values, kwnames) is
     _PyDict_FromItems(&kwnames[0], 1, values, 1, len(kwnames)): the keys go
     into a tuple, the values into a contiguous array. */
  PyObject *keys = PyTuple_New(n);
  if (keys == NULL)
    return NULL;
  PyObject *small[16];
  PyObject **values = small;
  if (n > (Py_ssize_t)Py_ARRAY_LENGTH(small)) {
    values = PyMem_Malloc(n * sizeof(PyObject *));
    if (values == NULL) {
      Py_DECREF(keys);
      return PyErr_NoMemory();
    }
  }
  for (Py_ssize_t i = 0; i < n; i++) {
    PyTuple_SET_ITEM(keys, i, Py_NewRef(items[2 * i]));
    values[i] = items[2 * i + 1];
  }
  PyObject *map = _PyStack_AsDict(values, keys);
  if (values != small)
    PyMem_Free(values);
  Py_DECREF(keys);
  return map;
}

int uopjit_unpack_iterable(PyThreadState *tstate, PyObject *v, int argcnt,
                           int argcntafter, PyObject **sp) {
  int i = 0, j = 0;
  Py_ssize_t ll = 0;
  PyObject *it; /* iter(v) */
  PyObject *w;
  PyObject *l = NULL; /* variable list */

  assert(v != NULL);

  it = PyObject_GetIter(v);
  if (it == NULL) {
    if (_PyErr_ExceptionMatches(tstate, PyExc_TypeError) &&
        Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v)) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "cannot unpack non-iterable %.200s object",
                    Py_TYPE(v)->tp_name);
    }
    return 0;
  }

  for (; i < argcnt; i++) {
    w = PyIter_Next(it);
    if (w == NULL) {
      /* Iterator done, via error or exhaustion. */
      if (!_PyErr_Occurred(tstate)) {
        if (argcntafter == -1) {
          _PyErr_Format(tstate, PyExc_ValueError,
                        "not enough values to unpack "
                        "(expected %d, got %d)",
                        argcnt, i);
        } else {
          _PyErr_Format(tstate, PyExc_ValueError,
                        "not enough values to unpack "
                        "(expected at least %d, got %d)",
                        argcnt + argcntafter, i);
        }
      }
      goto Error;
    }
    *--sp = w;
  }

  if (argcntafter == -1) {
    /* We better have exhausted the iterator now. */
    w = PyIter_Next(it);
    if (w == NULL) {
      if (_PyErr_Occurred(tstate))
        goto Error;
      Py_DECREF(it);
      return 1;
    }
    Py_DECREF(w);
    _PyErr_Format(tstate, PyExc_ValueError,
                  "too many values to unpack (expected %d)", argcnt);
    goto Error;
  }

  l = PySequence_List(it);
  if (l == NULL)
    goto Error;
  *--sp = l;
  i++;

  ll = PyList_GET_SIZE(l);
  if (ll < argcntafter) {
    _PyErr_Format(tstate, PyExc_ValueError,
                  "not enough values to unpack (expected at least %d, got %zd)",
                  argcnt + argcntafter, argcnt + ll);
    goto Error;
  }

  /* Pop the "after-variable" args off the list. */
  for (j = argcntafter; j > 0; j--, i++) {
    *--sp = PyList_GET_ITEM(l, ll - j);
  }
  /* Resize the list. */
  Py_SET_SIZE(l, ll - argcntafter);
  Py_DECREF(it);
  return 1;

Error:
  for (; i > 0; i--, sp++)
    Py_DECREF(*sp);
  Py_XDECREF(it);
  return 0;
}

/*===--- imports -----------------------------------------------------------===*/

PyObject *uopjit_import_name(PyThreadState *tstate, _PyInterpreterFrame *frame,
                             PyObject *name, PyObject *fromlist,
                             PyObject *level) {
  PyObject *import_func, *res;
  PyObject *stack[5];

  import_func =
      _PyDict_GetItemWithError(frame->f_builtins, &_Py_ID(__import__));
  if (import_func == NULL) {
    if (!_PyErr_Occurred(tstate)) {
      _PyErr_SetString(tstate, PyExc_ImportError, "__import__ not found");
    }
    return NULL;
  }
  PyObject *locals = frame->f_locals;
  /* Fast path for not overloaded __import__. */
  if (import_func == tstate->interp->import_func) {
    int ilevel = _PyLong_AsInt(level);
    if (ilevel == -1 && _PyErr_Occurred(tstate)) {
      return NULL;
    }
    res = PyImport_ImportModuleLevelObject(
        name, frame->f_globals, locals == NULL ? Py_None : locals, fromlist,
        ilevel);
    return res;
  }

  Py_INCREF(import_func);

  stack[0] = name;
  stack[1] = frame->f_globals;
  stack[2] = locals == NULL ? Py_None : locals;
  stack[3] = fromlist;
  stack[4] = level;
  res = _PyObject_FastCall(import_func, stack, 5);
  Py_DECREF(import_func);
  return res;
}

PyObject *uopjit_import_from(PyThreadState *tstate, PyObject *v,
                             PyObject *name) {
  PyObject *x;
  PyObject *fullmodname, *pkgname, *pkgpath, *pkgname_or_unknown, *errmsg;

  if (_PyObject_LookupAttr(v, name, &x) != 0) {
    return x;
  }
  /* Issue #17636: in case this failed because of a circular relative
     import, try to fallback on reading the module directly from
     sys.modules. */
  pkgname = PyObject_GetAttr(v, &_Py_ID(__name__));
  if (pkgname == NULL) {
    goto error;
  }
  if (!PyUnicode_Check(pkgname)) {
    Py_CLEAR(pkgname);
    goto error;
  }
  fullmodname = PyUnicode_FromFormat("%U.%U", pkgname, name);
  if (fullmodname == NULL) {
    Py_DECREF(pkgname);
    return NULL;
  }
  x = PyImport_GetModule(fullmodname);
  Py_DECREF(fullmodname);
  if (x == NULL && !_PyErr_Occurred(tstate)) {
    goto error;
  }
  Py_DECREF(pkgname);
  return x;
error:
  pkgpath = PyModule_GetFilenameObject(v);
  if (pkgname == NULL) {
    pkgname_or_unknown = PyUnicode_FromString("<unknown module name>");
    if (pkgname_or_unknown == NULL) {
      Py_XDECREF(pkgpath);
      return NULL;
    }
  } else {
    pkgname_or_unknown = pkgname;
  }

  if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
    _PyErr_Clear(tstate);
    errmsg = PyUnicode_FromFormat(
        "cannot import name %R from %R (unknown location)", name,
        pkgname_or_unknown);
    /* NULL checks for errmsg and pkgname done by PyErr_SetImportError. */
    PyErr_SetImportError(errmsg, pkgname, NULL);
  } else {
    PyObject *spec = PyObject_GetAttr(v, &_Py_ID(__spec__));
    const char *fmt =
        _PyModuleSpec_IsInitializing(spec)
            ? "cannot import name %R from partially initialized module %R "
              "(most likely due to a circular import) (%S)"
            : "cannot import name %R from %R (%S)";
    Py_XDECREF(spec);

    errmsg = PyUnicode_FromFormat(fmt, name, pkgname_or_unknown, pkgpath);
    /* NULL checks for errmsg and pkgname done by PyErr_SetImportError. */
    PyErr_SetImportError(errmsg, pkgname, pkgpath);
  }

  Py_XDECREF(errmsg);
  Py_XDECREF(pkgname_or_unknown);
  Py_XDECREF(pkgpath);
  return NULL;
}

int uopjit_import_all_from(PyThreadState *tstate, PyObject *locals,
                           PyObject *v) {
  PyObject *all, *dict, *name, *value;
  int skip_leading_underscores = 0;
  int pos, err;

  if (_PyObject_LookupAttr(v, &_Py_ID(__all__), &all) < 0) {
    return -1; /* Unexpected error */
  }
  if (all == NULL) {
    if (_PyObject_LookupAttr(v, &_Py_ID(__dict__), &dict) < 0) {
      return -1;
    }
    if (dict == NULL) {
      _PyErr_SetString(tstate, PyExc_ImportError,
                       "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = PyMapping_Keys(dict);
    Py_DECREF(dict);
    if (all == NULL)
      return -1;
    skip_leading_underscores = 1;
  }

  for (pos = 0, err = 0;; pos++) {
    name = PySequence_GetItem(all, pos);
    if (name == NULL) {
      if (!_PyErr_ExceptionMatches(tstate, PyExc_IndexError)) {
        err = -1;
      } else {
        _PyErr_Clear(tstate);
      }
      break;
    }
    if (!PyUnicode_Check(name)) {
      PyObject *modname = PyObject_GetAttr(v, &_Py_ID(__name__));
      if (modname == NULL) {
        Py_DECREF(name);
        err = -1;
        break;
      }
      if (!PyUnicode_Check(modname)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "module __name__ must be a string, not %.100s",
                      Py_TYPE(modname)->tp_name);
      } else {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%s in %U.%s must be str, not %.100s",
                      skip_leading_underscores ? "Key" : "Item", modname,
                      skip_leading_underscores ? "__dict__" : "__all__",
                      Py_TYPE(name)->tp_name);
      }
      Py_DECREF(modname);
      Py_DECREF(name);
      err = -1;
      break;
    }
    if (skip_leading_underscores) {
      if (PyUnicode_READY(name) == -1) {
        Py_DECREF(name);
        err = -1;
        break;
      }
      if (PyUnicode_READ_CHAR(name, 0) == '_') {
        Py_DECREF(name);
        continue;
      }
    }
    value = PyObject_GetAttr(v, name);
    if (value == NULL)
      err = -1;
    else if (PyDict_CheckExact(locals))
      err = PyDict_SetItem(locals, name, value);
    else
      err = PyObject_SetItem(locals, name, value);
    Py_DECREF(name);
    Py_XDECREF(value);
    if (err != 0)
      break;
  }
  Py_DECREF(all);
  return err;
}

/*===--- frame locals (Objects/frameobject.c) ------------------------------===*/

static int op_already_ran(_PyInterpreterFrame *frame, int opcode, int oparg) {
  // This only works when opcode is a non-quickened form:
  assert(uopjit_ab_opcode_deopt[opcode] == opcode);
  int check_oparg = 0;
  for (_Py_CODEUNIT *instruction = _PyCode_CODE(frame->f_code);
       instruction < frame->prev_instr; instruction++) {
    int check_opcode = uopjit_ab_opcode_deopt[_Py_OPCODE(*instruction)];
    check_oparg |= _Py_OPARG(*instruction);
    if (check_opcode == opcode && check_oparg == oparg) {
      return 1;
    }
    if (check_opcode == EXTENDED_ARG) {
      check_oparg <<= 8;
    } else {
      check_oparg = 0;
    }
    instruction += uopjit_ab_opcode_caches[check_opcode];
  }
  return 0;
}

/* _PyFrame_FastToLocalsWithError for a frame that is running (in ceval its
   stacktop is -1 then, so the `frame->stacktop` test is always true). */
int uopjit_fast_to_locals(_PyInterpreterFrame *frame) {
  /* Merge fast locals into f->f_locals */
  PyObject *locals;
  PyObject **fast;
  PyCodeObject *co;
  locals = frame->f_locals;
  if (locals == NULL) {
    locals = frame->f_locals = PyDict_New();
    if (locals == NULL)
      return -1;
  }
  co = frame->f_code;
  fast = _PyFrame_GetLocalsArray(frame);
  // COPY_FREE_VARS has no quickened forms, so no need to use _PyOpcode_Deopt
  // here:
  int lasti = _PyInterpreterFrame_LASTI(frame);
  if (lasti < 0 && _Py_OPCODE(_PyCode_CODE(co)[0]) == COPY_FREE_VARS) {
    /* Free vars have not been initialized -- Do that */
    PyCodeObject *co = frame->f_code;
    PyObject *closure = frame->f_func->func_closure;
    int offset = co->co_nlocals + co->co_nplaincellvars;
    for (int i = 0; i < co->co_nfreevars; ++i) {
      PyObject *o = PyTuple_GET_ITEM(closure, i);
      Py_INCREF(o);
      frame->localsplus[offset + i] = o;
    }
    // COPY_FREE_VARS doesn't have inline CACHEs, either:
    frame->prev_instr = _PyCode_CODE(frame->f_code);
  }
  for (int i = 0; i < co->co_nlocalsplus; i++) {
    _PyLocals_Kind kind = _PyLocals_GetKind(co->co_localspluskinds, i);

    /* If the namespace is unoptimized, then one of the
       following cases applies:
       1. It does not contain free variables, because it
          uses import * or is a top-level namespace.
       2. It is a class namespace.
       We don't want to accidentally copy free variables
       into the locals dict used by the class.
    */
    if (kind & CO_FAST_FREE && !(co->co_flags & CO_OPTIMIZED)) {
      continue;
    }

    PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
    PyObject *value = fast[i];
    if (kind & CO_FAST_FREE) {
      // The cell was set by COPY_FREE_VARS.
      assert(value != NULL && PyCell_Check(value));
      value = PyCell_GET(value);
    } else if (kind & CO_FAST_CELL) {
      // Note that no *_DEREF ops can happen before MAKE_CELL
      // executes.  So there's no need to duplicate the work
      // that MAKE_CELL would otherwise do later, if it hasn't
      // run yet.
      if (value != NULL) {
        if (PyCell_Check(value) && op_already_ran(frame, MAKE_CELL, i)) {
          // (likely) MAKE_CELL must have executed already.
          value = PyCell_GET(value);
        }
        // (likely) Otherwise it it is an arg (kind & CO_FAST_LOCAL),
        // with the initial value set when the frame was created...
        // (unlikely) ...or it was set to some initial value by
        // an earlier call to PyFrame_LocalsToFast().
      }
    }
    if (value == NULL) {
      if (PyObject_DelItem(locals, name) != 0) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) {
          PyErr_Clear();
        } else {
          return -1;
        }
      }
    } else {
      if (PyObject_SetItem(locals, name, value) != 0) {
        return -1;
      }
    }
  }
  return 0;
}

void uopjit_locals_to_fast(_PyInterpreterFrame *frame, int clear) {
  /* Merge locals into fast locals */
  PyObject *locals;
  PyObject **fast;
  PyObject *error_type, *error_value, *error_traceback;
  PyCodeObject *co;
  locals = frame->f_locals;
  if (locals == NULL) {
    return;
  }
  fast = _PyFrame_GetLocalsArray(frame);
  co = frame->f_code;

  PyErr_Fetch(&error_type, &error_value, &error_traceback);
  for (int i = 0; i < co->co_nlocalsplus; i++) {
    _PyLocals_Kind kind = _PyLocals_GetKind(co->co_localspluskinds, i);

    /* Same test as in PyFrame_FastToLocals() above. */
    if (kind & CO_FAST_FREE && !(co->co_flags & CO_OPTIMIZED)) {
      continue;
    }
    PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
    PyObject *value = PyObject_GetItem(locals, name);
    /* We only care about NULLs if clear is true. */
    if (value == NULL) {
      PyErr_Clear();
      if (!clear) {
        continue;
      }
    }
    PyObject *oldvalue = fast[i];
    PyObject *cell = NULL;
    if (kind == CO_FAST_FREE) {
      // The cell was set when the frame was created from
      // the function's closure.
      assert(oldvalue != NULL && PyCell_Check(oldvalue));
      cell = oldvalue;
    } else if (kind & CO_FAST_CELL && oldvalue != NULL) {
      /* Same test as in PyFrame_FastToLocals() above. */
      if (PyCell_Check(oldvalue) && op_already_ran(frame, MAKE_CELL, i)) {
        // (likely) MAKE_CELL must have executed already.
        cell = oldvalue;
      }
      // (unlikely) Otherwise, it must have been set to some
      // initial value by an earlier call to PyFrame_LocalsToFast().
    }
    if (cell != NULL) {
      oldvalue = PyCell_GET(cell);
      if (value != oldvalue) {
        Py_XDECREF(oldvalue);
        Py_XINCREF(value);
        PyCell_SET(cell, value);
      }
    } else if (value != oldvalue) {
      Py_XINCREF(value);
      Py_XSETREF(fast[i], value);
    }
    Py_XDECREF(value);
  }
  PyErr_Restore(error_type, error_value, error_traceback);
}

/*===--- pattern matching (PEP 634) ----------------------------------------===*/

// Return a tuple of values corresponding to keys, with error checks for
// duplicate/missing keys.
PyObject *uopjit_match_keys(PyThreadState *tstate, PyObject *map,
                            PyObject *keys) {
  assert(PyTuple_CheckExact(keys));
  Py_ssize_t nkeys = PyTuple_GET_SIZE(keys);
  if (!nkeys) {
    // No keys means no items.
    return PyTuple_New(0);
  }
  PyObject *seen = NULL;
  PyObject *dummy = NULL;
  PyObject *values = NULL;
  PyObject *get = NULL;
  // We use the two argument form of map.get(key, default) for two reasons:
  // - Atomically check for a key and get its value without error handling.
  // - Don't cause key creation or resizing in dict subclasses like
  //   collections.defaultdict that define __missing__ (or similar).
  int meth_found = _PyObject_GetMethod(map, &_Py_ID(get), &get);
  if (get == NULL) {
    goto fail;
  }
  seen = PySet_New(NULL);
  if (seen == NULL) {
    goto fail;
  }
  // dummy = object()
  dummy = _PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
  if (dummy == NULL) {
    goto fail;
  }
  values = PyTuple_New(nkeys);
  if (values == NULL) {
    goto fail;
  }
  for (Py_ssize_t i = 0; i < nkeys; i++) {
    PyObject *key = PyTuple_GET_ITEM(keys, i);
    if (PySet_Contains(seen, key) || PySet_Add(seen, key)) {
      if (!_PyErr_Occurred(tstate)) {
        // Seen it before!
        _PyErr_Format(tstate, PyExc_ValueError,
                      "mapping pattern checks duplicate key (%R)", key);
      }
      goto fail;
    }
    PyObject *args[] = {map, key, dummy};
    PyObject *value = NULL;
    if (meth_found) {
      value = PyObject_Vectorcall(get, args, 3, NULL);
    } else {
      value = PyObject_Vectorcall(get, &args[1], 2, NULL);
    }
    if (value == NULL) {
      goto fail;
    }
    if (value == dummy) {
      // key not in map!
      Py_DECREF(value);
      Py_DECREF(values);
      // Return None:
      Py_INCREF(Py_None);
      values = Py_None;
      goto done;
    }
    PyTuple_SET_ITEM(values, i, value);
  }
  // Success:
done:
  Py_DECREF(get);
  Py_DECREF(seen);
  Py_DECREF(dummy);
  return values;
fail:
  Py_XDECREF(get);
  Py_XDECREF(seen);
  Py_XDECREF(dummy);
  Py_XDECREF(values);
  return NULL;
}

// Extract a named attribute from the subject, with additional bookkeeping to
// raise TypeErrors for repeated lookups. On failure, return NULL (with no
// error set). Use _PyErr_Occurred(tstate) to disambiguate.
static PyObject *match_class_attr(PyThreadState *tstate, PyObject *subject,
                                  PyObject *type, PyObject *name,
                                  PyObject *seen) {
  assert(PyUnicode_CheckExact(name));
  assert(PySet_CheckExact(seen));
  if (PySet_Contains(seen, name) || PySet_Add(seen, name)) {
    if (!_PyErr_Occurred(tstate)) {
      // Seen it before!
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%s() got multiple sub-patterns for attribute %R",
                    ((PyTypeObject *)type)->tp_name, name);
    }
    return NULL;
  }
  PyObject *attr = PyObject_GetAttr(subject, name);
  if (attr == NULL && _PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
    _PyErr_Clear(tstate);
  }
  return attr;
}

// On success (match), return a tuple of extracted attributes. On failure (no
// match), return NULL. Use _PyErr_Occurred(tstate) to disambiguate.
PyObject *uopjit_match_class(PyThreadState *tstate, PyObject *subject,
                             PyObject *type, Py_ssize_t nargs,
                             PyObject *kwargs) {
  if (!PyType_Check(type)) {
    const char *e = "called match pattern must be a type";
    _PyErr_Format(tstate, PyExc_TypeError, e);
    return NULL;
  }
  assert(PyTuple_CheckExact(kwargs));
  // First, an isinstance check:
  if (PyObject_IsInstance(subject, type) <= 0) {
    return NULL;
  }
  // So far so good:
  PyObject *seen = PySet_New(NULL);
  if (seen == NULL) {
    return NULL;
  }
  PyObject *attrs = PyList_New(0);
  if (attrs == NULL) {
    Py_DECREF(seen);
    return NULL;
  }
  // NOTE: From this point on, goto fail on failure:
  PyObject *match_args = NULL;
  // First, the positional subpatterns:
  if (nargs) {
    int match_self = 0;
    match_args = PyObject_GetAttrString(type, "__match_args__");
    if (match_args) {
      if (!PyTuple_CheckExact(match_args)) {
        const char *e = "%s.__match_args__ must be a tuple (got %s)";
        _PyErr_Format(tstate, PyExc_TypeError, e,
                      ((PyTypeObject *)type)->tp_name,
                      Py_TYPE(match_args)->tp_name);
        goto fail;
      }
    } else if (_PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
      _PyErr_Clear(tstate);
      // _Py_TPFLAGS_MATCH_SELF is only acknowledged if the type does not
      // define __match_args__. This is natural behavior for subclasses:
      // it's as if __match_args__ is some "magic" value that is lost as
      // soon as they redefine it.
      match_args = PyTuple_New(0);
      match_self =
          PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
    } else {
      goto fail;
    }
    assert(PyTuple_CheckExact(match_args));
    Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
    if (allowed < nargs) {
      const char *plural = (allowed == 1) ? "" : "s";
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%s() accepts %d positional sub-pattern%s (%d given)",
                    ((PyTypeObject *)type)->tp_name, allowed, plural, nargs);
      goto fail;
    }
    if (match_self) {
      // Easy. Copy the subject itself, and move on to kwargs.
      PyList_Append(attrs, subject);
    } else {
      for (Py_ssize_t i = 0; i < nargs; i++) {
        PyObject *name = PyTuple_GET_ITEM(match_args, i);
        if (!PyUnicode_CheckExact(name)) {
          _PyErr_Format(tstate, PyExc_TypeError,
                        "__match_args__ elements must be strings "
                        "(got %s)",
                        Py_TYPE(name)->tp_name);
          goto fail;
        }
        PyObject *attr = match_class_attr(tstate, subject, type, name, seen);
        if (attr == NULL) {
          goto fail;
        }
        PyList_Append(attrs, attr);
        Py_DECREF(attr);
      }
    }
    Py_CLEAR(match_args);
  }
  // Finally, the keyword subpatterns:
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwargs); i++) {
    PyObject *name = PyTuple_GET_ITEM(kwargs, i);
    PyObject *attr = match_class_attr(tstate, subject, type, name, seen);
    if (attr == NULL) {
      goto fail;
    }
    PyList_Append(attrs, attr);
    Py_DECREF(attr);
  }
  Py_SETREF(attrs, PyList_AsTuple(attrs));
  Py_DECREF(seen);
  return attrs;
fail:
  // We really don't care whether an error was raised or not... that's our
  // caller's problem. All we know is that the match failed.
  Py_XDECREF(match_args);
  Py_DECREF(seen);
  Py_DECREF(attrs);
  return NULL;
}

PyCFunction uopjit_builtin_min, uopjit_builtin_max;

int uopjit_learn_min_max(void) {
  PyObject *builtins = PyImport_ImportModule("builtins");
  if (builtins == NULL)
    return -1;
  PyObject *min = PyObject_GetAttrString(builtins, "min");
  PyObject *max = min ? PyObject_GetAttrString(builtins, "max") : NULL;
  Py_DECREF(builtins);
  int ok = max && PyCFunction_Check(min) && PyCFunction_Check(max);
  if (ok) {
    uopjit_builtin_min = ((PyCFunctionObject *)min)->m_ml->ml_meth;
    uopjit_builtin_max = ((PyCFunctionObject *)max)->m_ml->ml_meth;
  } else if (max) {
    PyErr_SetString(PyExc_ImportError, "uopjit: builtins.min or builtins.max is not a builtin");
  }
  Py_XDECREF(min);
  Py_XDECREF(max);
  return ok ? 0 : -1;
}
