//===- Stack.td - locals, constants, cells and stack shuffles ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_STACK_TD
#define UOPJIT_IR_CATALOG_STACK_TD

def Uop_NopOp : Uop<"NOP", (ins), (outs), [], [UopPure]> {
  let summary = "does nothing";
  let cBody = [{
    (void)0;
  }];
}
def Uop_PopTopOp : Uop<"POP_TOP", (ins obj:$value), (outs), [], [UopEscapes, UopDelOnly]> {
  let summary = "pops value and decrefs it (the decref may run __del__)";
  let cBody = [{
    (void)value;
  }];
}
def Uop_PushNullOp : Uop<"PUSH_NULL", (ins), (outs obj:$null), [], [UopPure]> {
  let summary = "pushes NULL (the slot below a callable that is not a method call)";
  let cBody = [{
    null = NULL;
  }];
}
def Uop_LoadConstOp : Uop<"LOAD_CONST", (ins), (outs obj:$value), [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to co_consts[oparg]";
  let cBody = [{
    value = Py_NewRef(CONST(oparg));
  }];
}
// Constants that --uop-fold-constants makes and co_consts may not hold. No
// instruction expands to them.
def Uop_LoadSingletonOp : Uop<"LOAD_SINGLETON", (ins), (outs obj:$value), [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to None (oparg 0), False (1) or True (2)";
  let cBody = [{
    value = Py_NewRef(oparg == 0 ? Py_None : oparg == 1 ? Py_False : Py_True);
  }];
}
def Uop_LoadSmallIntOp : Uop<"LOAD_SMALL_INT", (ins), (outs obj:$value), [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to the int oparg - 5, one of the interpreter's cached "
              # "small ints (-5 to 256)";
  let facts = [IsExact<"value", "int">];
  let cBody = [{
    value = PyLong_FromLong((long)oparg - 5);
  }];
}
def Uop_LoadFastOp : Uop<"LOAD_FAST", (ins), (outs obj:$value),
                         [ImmOparg], [UopLocalRd, UopError]> {
  let summary = "pushes a new reference to localsplus[oparg]; UnboundLocalError when it is NULL "
              # "(3.11 checks every LOAD_FAST)";
  let cBody = [{
    value = GETLOCAL(oparg);
    if (value == NULL) {
      uopjit_unbound_local_error(tstate, frame, (int)oparg);
      ERROR_IF(1);
    }
    Py_INCREF(value);
  }];
}
def Uop_StoreFastOp : Uop<"STORE_FAST", (ins obj:$value), (outs),
                          [ImmOparg], [UopLocalWr, UopEscapes, UopDelOnly]> {
  let summary = "pops value into localsplus[oparg] and decrefs the old value (may run __del__)";
  let cBody = [{
    Py_INCREF(value);
    SETLOCAL(oparg, value);
  }];
}
def Uop_DeleteFastOp : Uop<"DELETE_FAST", (ins), (outs),
                           [ImmOparg], [UopLocalRd, UopLocalWr, UopError, UopEscapes]> {
  let summary = "sets localsplus[oparg] to NULL and decrefs its value; UnboundLocalError when it "
              # "is already NULL";
  let cBody = [{
    PyObject *v = GETLOCAL(oparg);
    if (v == NULL) {
      uopjit_unbound_local_error(tstate, frame, (int)oparg);
      ERROR_IF(1);
    }
    SETLOCAL(oparg, NULL);
  }];
}
def Uop_CopyOp : Uop<"COPY", (ins obj:$bottom, Array<"oparg - 1">:$unused),
                     (outs obj:$bottom, Array<"oparg - 1">:$unused, obj:$top),
                     [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to the oparg-th item from the top (oparg >= 1)";
  let cBody = [{
    top = Py_NewRef(bottom);
  }];
}
def Uop_SwapOp : Uop<"SWAP", (ins obj:$bottom, Array<"oparg - 2">:$unused, obj:$top),
                     (outs obj:$top, Array<"oparg - 2">:$unused, obj:$bottom),
                     [ImmOparg], [UopPure]> {
  let summary = "exchanges the top item with the oparg-th item from the top (oparg >= 2)";
  let cBody = [{
    /* the lowering swaps the registers: nothing to do */
    (void)top;
    (void)bottom;
  }];
}
def Uop_ExtendedArgOp : Uop<"EXTENDED_ARG", (ins), (outs), [ImmOparg], [UopPure]> {
  let summary = "prefix: the frontend folds oparg << 8 into the next instruction's oparg; does "
              # "nothing at run time";
  let cBody = [{
    (void)oparg;
  }];
}
def Uop_LoadClosureOp : Uop<"LOAD_CLOSURE", (ins), (outs obj:$value),
                            [ImmOparg], [UopLocalRd, UopFrame, UopError]> {
  let summary = "pushes a new reference to the cell in localsplus[oparg]; UnboundLocalError when "
              # "the slot is NULL";
  let cBody = [{
    value = GETLOCAL(oparg);
    if (value == NULL) {
      uopjit_unbound_local_error(tstate, frame, (int)oparg);
      ERROR_IF(1);
    }
    Py_INCREF(value);
  }];
}
def Uop_LoadDerefOp : Uop<"LOAD_DEREF", (ins), (outs obj:$value),
                          [ImmOparg], [UopLocalRd, UopFrame, UopError]> {
  let summary = "pushes a new reference to the contents of the cell in localsplus[oparg]; "
              # "NameError/UnboundLocalError when the cell is empty";
  let cBody = [{
    PyObject *c = GETLOCAL(oparg);
    value = PyCell_GET(c);
    if (value == NULL) {
      uopjit_format_exc_unbound(tstate, CODE, (int)oparg);
      ERROR_IF(1);
    }
    Py_INCREF(value);
  }];
}
def Uop_StoreDerefOp : Uop<"STORE_DEREF", (ins obj:$v), (outs),
                           [ImmOparg], [UopLocalRd, UopFrame, UopEscapes]> {
  let summary = "pops v into the cell in localsplus[oparg] and decrefs the cell's old contents "
              # "(may run __del__)";
  let cBody = [{
    PyObject *c = GETLOCAL(oparg);
    PyObject *oldobj = PyCell_GET(c);
    Py_INCREF(v);
    PyCell_SET(c, v);
    Py_XDECREF(oldobj);
  }];
}
def Uop_DeleteDerefOp : Uop<"DELETE_DEREF", (ins), (outs),
                            [ImmOparg], [UopLocalRd, UopFrame, UopError, UopEscapes]> {
  let summary = "empties the cell in localsplus[oparg] and decrefs its contents; "
              # "NameError/UnboundLocalError when already empty";
  let cBody = [{
    PyObject *c = GETLOCAL(oparg);
    PyObject *oldobj = PyCell_GET(c);
    if (oldobj == NULL) {
      uopjit_format_exc_unbound(tstate, CODE, (int)oparg);
      ERROR_IF(1);
    }
    PyCell_SET(c, NULL);
    Py_DECREF(oldobj);
  }];
}
def Uop_LoadClassderefOp : Uop<"LOAD_CLASSDEREF", (ins), (outs obj:$value),
                               [ImmOparg], [UopLocalRd, UopFrame, UopError, UopEscapes]> {
  let summary = "pushes f_locals[co_localsplusnames[oparg]] (PyObject_GetItem when f_locals is not "
              # "a dict), else the contents of the cell in localsplus[oparg]; NameError when empty";
  let cBody = [{
    PyObject *locals = LOCALS_MAP;
    assert(locals);
    assert(oparg >= 0 && oparg < CODE->co_nlocalsplus);
    PyObject *name = PyTuple_GET_ITEM(CODE->co_localsplusnames, oparg);
    if (PyDict_CheckExact(locals)) {
      value = PyDict_GetItemWithError(locals, name);
      if (value != NULL) {
        Py_INCREF(value);
      }
      else {
        ERROR_IF(_PyErr_Occurred(tstate));
      }
    }
    else {
      value = PyObject_GetItem(locals, name);
      if (value == NULL) {
        ERROR_IF(!_PyErr_ExceptionMatches(tstate, PyExc_KeyError));
        _PyErr_Clear(tstate);
      }
    }
    if (value == NULL) {
      PyObject *c = GETLOCAL(oparg);
      value = PyCell_GET(c);
      if (value == NULL) {
        uopjit_format_exc_unbound(tstate, CODE, (int)oparg);
        ERROR_IF(1);
      }
      Py_INCREF(value);
    }
  }];
}
def Uop_MakeCellOp : Uop<"MAKE_CELL", (ins), (outs ToLocal<"oparg">:$cell),
                         [ImmOparg], [UopLocalRd, UopLocalWr, UopFrame, UopError]> {
  let summary = "replaces localsplus[oparg] by a new cell holding its current value (which may be "
              # "NULL); MemoryError only";
  let cBody = [{
    /* "initial" is probably NULL but not if it's an arg (or set via
       PyFrame_LocalsToFast() before MAKE_CELL has run). */
    PyObject *initial = GETLOCAL(oparg);
    cell = PyCell_New(initial);
    ERROR_IF(cell == NULL);
    /* one reference for the frame, one for the output */
    Py_INCREF(cell);
    SETLOCAL(oparg, cell);
  }];
}
def Uop_CopyFreeVarsOp : Uop<"COPY_FREE_VARS", (ins), (outs ToFreeVars<"oparg">:$cells),
                             [ImmOparg], [UopFrame]> {
  let summary = "copies (increfs) the oparg cells of f_func->func_closure into the free-variable "
              # "slots localsplus[co_nlocals + co_nplaincellvars + i]";
  let cBody = [{
    /* Copy closure variables to free variables */
    PyCodeObject *co = CODE;
    PyObject *closure = FUNC->func_closure;
    int offset = co->co_nlocals + co->co_nplaincellvars;
    assert(oparg == co->co_nfreevars);
    for (int i = 0; i < oparg; ++i) {
      PyObject *o = PyTuple_GET_ITEM(closure, i);
      Py_INCREF(o);
      frame->localsplus[offset + i] = o;
      cells[i] = Py_NewRef(o);
    }
  }];
}

#endif
