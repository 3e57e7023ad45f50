//===- Misc.td - imports, functions, pattern matching and the rest ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_MISC_TD
#define UOPJIT_IR_CATALOG_MISC_TD

def Uop_ImportNameOp : Uop<"IMPORT_NAME", (ins obj:$level, obj:$fromlist), (outs obj:$res),
                           [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "res = __import__(co_names[oparg], globals, f_locals, fromlist, level) "
              # "(import_name); decrefs level and fromlist";
  let cBody = [{
    res = uopjit_import_name(tstate, frame, NAME(oparg), fromlist, level);
    ERROR_IF(res == NULL);
  }];
}
def Uop_ImportFromOp : Uop<"IMPORT_FROM", (ins obj:$from), (outs obj:$from, obj:$res),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes res = getattr(from, co_names[oparg]), falling back to "
              # "sys.modules[from.__name__ + '.' + name]; ImportError when missing";
  let cBody = [{
    res = uopjit_import_from(tstate, from, NAME(oparg));
    ERROR_IF(res == NULL);
  }];
}
def Uop_ImportStarOp : Uop<"IMPORT_STAR", (ins obj:$from), (outs),
                           [], [UopFrame, UopError, UopEscapes]> {
  let summary = "from module import *: syncs fast locals to f_locals, copies the public names of "
              # "from into f_locals, syncs back; decrefs from";
  let cBody = [{
    ERROR_IF(uopjit_fast_to_locals(frame) < 0);
    PyObject *locals = LOCALS_MAP;
    if (locals == NULL) {
      _PyErr_SetString(tstate, PyExc_SystemError,
                       "no locals found during 'import *'");
      ERROR_IF(1);
    }
    int err = uopjit_import_all_from(tstate, locals, from);
    uopjit_locals_to_fast(frame, 0);
    ERROR_IF(err != 0);
  }];
}
def Uop_PrintExprOp : Uop<"PRINT_EXPR", (ins obj:$value), (outs), [], [UopError, UopEscapes]> {
  let summary = "calls sys.displayhook(value) (RuntimeError when lost); decrefs value and the "
              # "result";
  let cBody = [{
    PyObject *hook = _PySys_GetAttr(tstate, &_Py_ID(displayhook));
    if (hook == NULL) {
      _PyErr_SetString(tstate, PyExc_RuntimeError, "lost sys.displayhook");
      ERROR_IF(1);
    }
    PyObject *r = PyObject_CallOneArg(hook, value);
    ERROR_IF(r == NULL);
    Py_DECREF(r);
  }];
}
def Uop_LoadBuildClassOp : Uop<"LOAD_BUILD_CLASS", (ins), (outs obj:$bc),
                               [], [UopError, UopEscapes]> {
  let summary = "pushes builtins['__build_class__'] (NameError when missing)";
  let cBody = [{
    if (PyDict_CheckExact(BUILTINS)) {
      bc = _PyDict_GetItemWithError(BUILTINS, &_Py_ID(__build_class__));
      if (bc == NULL) {
        if (!_PyErr_Occurred(tstate)) {
          _PyErr_SetString(tstate, PyExc_NameError, "__build_class__ not found");
        }
        ERROR_IF(1);
      }
      Py_INCREF(bc);
    }
    else {
      bc = PyObject_GetItem(BUILTINS, &_Py_ID(__build_class__));
      if (bc == NULL) {
        if (_PyErr_ExceptionMatches(tstate, PyExc_KeyError))
          _PyErr_SetString(tstate, PyExc_NameError, "__build_class__ not found");
        ERROR_IF(1);
      }
    }
  }];
}
def Uop_LoadAssertionErrorOp : Uop<"LOAD_ASSERTION_ERROR", (ins), (outs obj:$value),
                                   [], [UopPure]> {
  let summary = "pushes a new reference to AssertionError";
  let cBody = [{
    value = Py_NewRef(PyExc_AssertionError);
  }];
}
def Uop_SetupAnnotationsOp : Uop<"SETUP_ANNOTATIONS", (ins), (outs),
                                 [], [UopFrame, UopError, UopEscapes]> {
  let summary = "sets f_locals['__annotations__'] to a new dict unless present (SystemError when "
              # "there are no locals)";
  let cBody = [{
    int err;
    PyObject *ann_dict;
    PyObject *locals = LOCALS_MAP;
    if (locals == NULL) {
      _PyErr_Format(tstate, PyExc_SystemError,
                    "no locals found when setting up annotations");
      ERROR_IF(1);
    }
    /* check if __annotations__ in locals()... */
    if (PyDict_CheckExact(locals)) {
      ann_dict = _PyDict_GetItemWithError(locals, &_Py_ID(__annotations__));
      if (ann_dict == NULL) {
        ERROR_IF(_PyErr_Occurred(tstate));
        /* ...if not, create a new one */
        ann_dict = PyDict_New();
        ERROR_IF(ann_dict == NULL);
        err = PyDict_SetItem(locals, &_Py_ID(__annotations__), ann_dict);
        Py_DECREF(ann_dict);
        ERROR_IF(err != 0);
      }
    }
    else {
      /* do the same if locals() is not a dict */
      ann_dict = PyObject_GetItem(locals, &_Py_ID(__annotations__));
      if (ann_dict == NULL) {
        ERROR_IF(!_PyErr_ExceptionMatches(tstate, PyExc_KeyError));
        _PyErr_Clear(tstate);
        ann_dict = PyDict_New();
        ERROR_IF(ann_dict == NULL);
        err = PyObject_SetItem(locals, &_Py_ID(__annotations__), ann_dict);
        Py_DECREF(ann_dict);
        ERROR_IF(err != 0);
      }
      else {
        Py_DECREF(ann_dict);
      }
    }
  }];
}
def Uop_MakeFunctionOp : Uop<
    "MAKE_FUNCTION",
    (ins Cond<"oparg & 0x01">:$defaults, Cond<"oparg & 0x02">:$kwdefaults,
         Cond<"oparg & 0x04">:$annotations, Cond<"oparg & 0x08">:$closure, obj:$codeobj),
    (outs obj:$func),
    [ImmOparg], [UopError]> {
  let summary = "func = PyFunction_New(codeobj, globals) taking (stolen) defaults, kwdefaults, "
              # "annotations and closure as oparg flags say; decrefs codeobj; MemoryError only";
  let cBody = [{
    PyFunctionObject *fn = (PyFunctionObject *)PyFunction_New(codeobj, GLOBALS);
    ERROR_IF(fn == NULL);
    if (oparg & 0x08) {
      assert(PyTuple_CheckExact(closure));
      fn->func_closure = Py_NewRef(closure);
    }
    if (oparg & 0x04) {
      assert(PyTuple_CheckExact(annotations));
      fn->func_annotations = Py_NewRef(annotations);
    }
    if (oparg & 0x02) {
      assert(PyDict_CheckExact(kwdefaults));
      fn->func_kwdefaults = Py_NewRef(kwdefaults);
    }
    if (oparg & 0x01) {
      assert(PyTuple_CheckExact(defaults));
      fn->func_defaults = Py_NewRef(defaults);
    }
    func = (PyObject *)fn;
  }];
}
def Uop_GetLenOp : Uop<"GET_LEN", (ins obj:$obj), (outs obj:$obj, obj:$len),
                       [], [UopError, UopEscapes]> {
  let facts = [IsExact<"len", "int">];
  let summary = "pushes len = PyLong_FromSsize_t(PyObject_Length(obj))";
  let cBody = [{
    Py_ssize_t len_i = PyObject_Length(obj);
    ERROR_IF(len_i < 0);
    len = PyLong_FromSsize_t(len_i);
    ERROR_IF(len == NULL);
  }];
}
def Uop_MatchClassOp : Uop<"MATCH_CLASS", (ins obj:$subject, obj:$type, obj:$names),
                           (outs obj:$attrs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "attrs = tuple of the attributes of a class pattern (oparg positional, names "
              # "keyword sub-patterns) or None when subject does not match; decrefs inputs";
  let cBody = [{
    assert(PyTuple_CheckExact(names));
    attrs = uopjit_match_class(tstate, subject, type, oparg, names);
    if (attrs == NULL) {
      /* NULL: an error, or no match (None) */
      ERROR_IF(_PyErr_Occurred(tstate));
      attrs = Py_NewRef(Py_None);
    }
  }];
}
def Uop_MatchMappingOp : Uop<"MATCH_MAPPING", (ins obj:$subject), (outs obj:$subject, obj:$res),
                             [], [UopPure]> {
  let summary = "pushes Py_True/Py_False for type(subject)->tp_flags & Py_TPFLAGS_MAPPING";
  let cBody = [{
    int match = Py_TYPE(subject)->tp_flags & Py_TPFLAGS_MAPPING;
    res = Py_NewRef(match ? Py_True : Py_False);
  }];
}
def Uop_MatchSequenceOp : Uop<"MATCH_SEQUENCE", (ins obj:$subject), (outs obj:$subject, obj:$res),
                              [], [UopPure]> {
  let summary = "pushes Py_True/Py_False for type(subject)->tp_flags & Py_TPFLAGS_SEQUENCE";
  let cBody = [{
    int match = Py_TYPE(subject)->tp_flags & Py_TPFLAGS_SEQUENCE;
    res = Py_NewRef(match ? Py_True : Py_False);
  }];
}
def Uop_MatchKeysOp : Uop<"MATCH_KEYS", (ins obj:$subject, obj:$keys),
                          (outs obj:$subject, obj:$keys, obj:$values_or_none),
                          [], [UopError, UopEscapes]> {
  let summary = "pushes the tuple of subject[k] for k in keys (a tuple), or None when a key is "
              # "missing (match_keys, uses subject.get)";
  let cBody = [{
    values_or_none = uopjit_match_keys(tstate, subject, keys);
    ERROR_IF(values_or_none == NULL);
  }];
}

#endif
