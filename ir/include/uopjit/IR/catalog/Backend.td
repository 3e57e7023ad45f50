//===- Backend.td - uops the lowering adds ------------------*- tablegen -*-===//
//
// No bytecode instruction expands to these: the lowering (lowering/) makes
// them when it turns the dialect into a flat uop program, to hold values in
// registers, make reference counts explicit and branch. They have C bodies
// like every other uop, so the tier-2 interpreter and the stencils run them
// the same way. Conventions: docs/backend.md.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_IR_CATALOG_BACKEND_TD
#define UOPJIT_IR_CATALOG_BACKEND_TD

def Uop_LoadFastEntryOp : Uop<"LOAD_FAST_ENTRY", (ins), (outs obj:$value),
                              [ImmOparg], [UopBackend]> {
  let summary = "on entry, a new reference to localsplus[oparg] (NULL when unbound) in a register";
  let cBody = [{
    value = GETLOCAL(oparg);
    Py_XINCREF(value);
  }];
}
def Uop_LoadStackEntryOp : Uop<"LOAD_STACK_ENTRY", (ins), (outs obj:$value),
                               [ImmOparg], [UopBackend]> {
  let summary = "on resuming a generator, takes the frame's stack slot oparg (its reference moves "
              # "into a register; the slot is cleared)";
  let cBody = [{
    PyObject **slot = &frame->localsplus[CODE->co_nlocalsplus + oparg];
    value = *slot;
    *slot = NULL;
  }];
}
def Uop_LoadConstBorrowedOp : Uop<"LOAD_CONST_BORROWED", (ins), (outs obj:$value), [ImmOparg],
                                  [UopBackend]> {
  let summary = "co_consts[oparg] in a register that owns no reference (a uop.load_const "
              # "{borrowed}: the code object keeps its constants alive while the frame runs)";
  let cBody = [{
    value = CONST(oparg);
  }];
}
def Uop_LoadFastBorrowedOp : Uop<"LOAD_FAST_BORROWED", (ins), (outs obj:$value), [ImmOparg],
                                 [UopBackend]> {
  let summary = "on entry, localsplus[oparg] in a register that owns no reference (an argument "
              # "--uop-remove-refcounts found the frame keeps for the whole activation)";
  let cBody = [{
    value = GETLOCAL(oparg);
  }];
}
def Uop_CopyFreeVarsBorrowedOp : Uop<"COPY_FREE_VARS_BORROWED", (ins),
                                     (outs ToFreeVars<"oparg">:$cells), [ImmOparg],
                                     [UopBackend, UopFrame]> {
  let summary = "COPY_FREE_VARS whose cell registers own no reference (a uop.copy_free_vars "
              # "{borrowed}: the frame's free-variable slots keep the cells for the whole "
              # "activation, as nothing rebinds them)";
  let cBody = [{
    PyCodeObject *co = CODE;
    PyObject *closure = FUNC->func_closure;
    int offset = co->co_nlocals + co->co_nplaincellvars;
    for (int i = 0; i < oparg; ++i) {
      PyObject *o = PyTuple_GET_ITEM(closure, i);
      frame->localsplus[offset + i] = Py_NewRef(o);
      cells[i] = o;
    }
  }];
}
// Borrowed reads (LowerToFlat.cpp, borrowShortReads): a read whose result is
// used only by uops that run no Python code, and released right after,
// needs no reference of its own: its container keeps the object alive, as
// nothing can change the container before the last use. The result's
// register owns nothing (an exit gives the frame a new reference).
def Uop_BinarySubscrListIntBorrowedOp : Uop<"BINARY_SUBSCR_LIST_INT_BORROWED",
                                            (ins obj:$list, obj:$sub), (outs obj:$res), [],
                                            [UopBackend]> {
  let summary = "BINARY_SUBSCR_LIST_INT whose result borrows list[sub] (no incref)";
  let cBody = [{
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    assert((size_t)Py_SIZE(sub) <= 1 && index < PyList_GET_SIZE(list));
    res = PyList_GET_ITEM(list, index);
  }];
}
def Uop_BinarySubscrTupleIntBorrowedOp : Uop<"BINARY_SUBSCR_TUPLE_INT_BORROWED",
                                             (ins obj:$tuple, obj:$sub), (outs obj:$res), [],
                                             [UopBackend]> {
  let summary = "BINARY_SUBSCR_TUPLE_INT whose result borrows tuple[sub] (no incref)";
  let cBody = [{
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    assert((size_t)Py_SIZE(sub) <= 1 && index < PyTuple_GET_SIZE(tuple));
    res = PyTuple_GET_ITEM(tuple, index);
  }];
}
def Uop_LoadAttrInstanceValueBorrowedOp : Uop<"LOAD_ATTR_INSTANCE_VALUE_BORROWED",
                                              (ins obj:$owner), (outs obj:$res), [ImmIndex],
                                              [UopBackend, UopGuard]> {
  let summary = "LOAD_ATTR_INSTANCE_VALUE whose result borrows owner's inline values[index] (no "
              # "incref); deoptimizes when that slot is NULL";
  let cBody = [{
    PyDictValues *values = *_PyObject_ValuesPointer(owner);
    PyObject *v = values->values[(uint16_t)index];
    DEOPT_IF(v == NULL);
    res = v;
  }];
}
def Uop_LoadAttrSlotBorrowedOp : Uop<"LOAD_ATTR_SLOT_BORROWED", (ins obj:$owner), (outs obj:$res),
                                     [ImmIndex], [UopBackend, UopGuard]> {
  let summary = "LOAD_ATTR_SLOT whose result borrows the __slots__ member at owner + index (no "
              # "incref); deoptimizes when it is NULL";
  let cBody = [{
    PyObject *v = *(PyObject **)((char *)owner + (uint16_t)index);
    DEOPT_IF(v == NULL);
    res = v;
  }];
}
// Moving stores (LowerToFlat.cpp, moveIntoStores): an attribute store whose
// value dies at the store gives the slot the register's reference instead
// of a new one, and clears the register (no incref, no DECREF after).
def Uop_StoreAttrInstanceValueMoveOp : Uop<"STORE_ATTR_INSTANCE_VALUE_MOVE",
                                           (ins obj:$value, obj:$owner), (outs), [ImmIndex],
                                           [UopBackend, UopEscapes, UopDelOnly]> {
  let summary = "STORE_ATTR_INSTANCE_VALUE that moves value's reference into the slot (value "
              # "dies here) and clears its register";
  let cBody = [{
    PyDictValues *values = *_PyObject_ValuesPointer(owner);
    Py_ssize_t ix = (uint16_t)index;
    PyObject *old_value = values->values[ix];
    values->values[ix] = value;
    INPUT_REG(0) = NULL;
    if (old_value == NULL) {
      _PyDictValues_AddToInsertionOrder(values, ix);
    } else {
      Py_DECREF(old_value);
    }
  }];
}
def Uop_StoreAttrSlotMoveOp : Uop<"STORE_ATTR_SLOT_MOVE", (ins obj:$value, obj:$owner), (outs),
                                  [ImmIndex], [UopBackend, UopEscapes, UopDelOnly]> {
  let summary = "STORE_ATTR_SLOT that moves value's reference into the member (value dies "
              # "here) and clears its register";
  let cBody = [{
    char *addr = (char *)owner + (uint16_t)index;
    PyObject *old_value = *(PyObject **)addr;
    *(PyObject **)addr = value;
    INPUT_REG(0) = NULL;
    Py_XDECREF(old_value);
  }];
}
def Uop_StackEnteredOp : Uop<"STACK_ENTERED", (ins), (outs), [], [UopBackend]> {
  let summary = "on resuming a generator, after its stack was taken: the frame's stack is empty "
              # "(compiled code keeps values in registers)";
  let cBody = [{
    frame->stacktop = CODE->co_nlocalsplus;
  }];
}
def Uop_DecrefOp : Uop<"DECREF", (ins obj:$value), (outs), [], [UopBackend]> {
  let summary = "releases the register's reference at the value's last use (Py_XDECREF: may run "
              # "__del__) and clears the register";
  let cBody = [{
    INPUT_REG(0) = NULL;
    Py_XDECREF(value);
  }];
}
def Uop_CopyRefOp : Uop<"COPY_REF", (ins obj:$src), (outs obj:$dst), [], [UopBackend]> {
  let summary = "dst = a new reference to src (a block argument receiving a value that stays live)";
  let cBody = [{
    Py_XINCREF(src);
    dst = src;
  }];
}
def Uop_MoveRefOp : Uop<"MOVE_REF", (ins obj:$src), (outs obj:$dst), [], [UopBackend]> {
  let summary = "dst = src, moving the reference (src dies here); src's register is cleared";
  let cBody = [{
    dst = src;
    INPUT_REG(0) = NULL;
  }];
}
def Uop_CopyRawOp : Uop<"COPY_RAW", (ins obj:$src), (outs obj:$dst), [], [UopBackend]> {
  let summary = "dst = src for a raw register (no reference count)";
  let cBody = [{
    dst = src;
  }];
}
def Uop_SelectRefOp : Uop<"SELECT_REF", (ins obj:$cond, obj:$a, obj:$b), (outs obj:$res), [],
                          [UopBackend]> {
  let summary = "res = a new reference to a when the raw i1 cond is 1, else to b (an arith.select "
              # "that canonicalize made of a branch whose two edges go to one block)";
  let cBody = [{
    res = RAW(cond) ? a : b;
    Py_XINCREF(res);
  }];
}
def Uop_SelectRawOp : Uop<"SELECT_RAW", (ins obj:$cond, obj:$a, obj:$b), (outs obj:$res), [],
                          [UopBackend]> {
  let summary = "res = a when the raw i1 cond is 1, else b, for raw registers";
  let cBody = [{
    res = RAW(cond) ? a : b;
  }];
}
def Uop_SyncLocalOp : Uop<"SYNC_LOCAL", (ins obj:$value), (outs), [ImmOparg], [UopBackend]> {
  let summary = "stores value (NULL: unbound) into localsplus[oparg] before a uop that can deopt, "
              # "raise or run Python code, so the frame shows the locals the interpreter would; "
              # "decrefs the old value (may run __del__)";
  let cBody = [{
    Py_XINCREF(value);
    SETLOCAL(oparg, value);
  }];
}
// A local --uop-unbox keeps as a double or an i64 is stored, boxed, only
// before a uop that may run Python code; before any other uop with an exit,
// the exit stores it (UopjitExit.locals).
def Uop_SyncLocalF64Op : Uop<"SYNC_LOCAL_F64", (ins obj:$d), (outs), [ImmOparg],
                             [UopBackend, UopError, UopDelOnly]> {
  let summary = "stores a new float of the f64 d into localsplus[oparg] (a local kept unboxed) "
              # "before a uop that may run Python code; decrefs the old value (may run "
              # "__del__); MemoryError only";
  let cBody = [{
    PyObject *v = PyFloat_FromDouble(F64(d));
    ERROR_IF(v == NULL);
    SETLOCAL(oparg, v);
  }];
}
def Uop_SyncLocalF64OrNullOp : Uop<"SYNC_LOCAL_F64_OR_NULL", (ins obj:$d), (outs), [ImmOparg],
                                   [UopBackend, UopError, UopDelOnly]> {
  let summary = "SYNC_LOCAL_F64 for a local that may still be unbound: stores NULL when d is "
              # "UOPJIT_UNBOUND_F64_BITS; decrefs the old value (may run __del__); MemoryError only";
  let cBody = [{
    PyObject *v = NULL;
    if (!IS_UNBOUND_F64(d)) {
      v = PyFloat_FromDouble(F64(d));
      ERROR_IF(v == NULL);
    }
    SETLOCAL(oparg, v);
  }];
}
def Uop_SyncLocalI64Op : Uop<"SYNC_LOCAL_I64", (ins obj:$i), (outs), [ImmOparg],
                             [UopBackend, UopError, UopDelOnly]> {
  let summary = "stores the int of the i64 i into localsplus[oparg] (a local kept unboxed) "
              # "before a uop that may run Python code; decrefs the old value (may run "
              # "__del__); MemoryError only";
  let cBody = [{
    PyObject *v = PyLong_FromLongLong(I64(i));
    ERROR_IF(v == NULL);
    SETLOCAL(oparg, v);
  }];
}
def Uop_LoadRawOp : Uop<"LOAD_RAW", (ins), (outs obj:$value), [ImmOparg], [UopBackend]> {
  let summary = "an integer that is not an object (a loop's exit selector) in a register";
  let cBody = [{
    value = FROM_RAW(oparg);
  }];
}
def Uop_JumpOp : Uop<"JUMP", (ins), (outs), [], [UopBackend]> {
  let summary = "continues at the target";
  let cBody = [{
    GOTO_TARGET();
  }];
}
def Uop_BranchIfOp : Uop<"BRANCH_IF", (ins obj:$cond), (outs), [], [UopBackend]> {
  let summary = "continues at the target when the raw i1 cond (a jump uop's `taken`) is 1";
  let cBody = [{
    if (RAW(cond))
      GOTO_TARGET();
  }];
}
def Uop_BranchIfEqOp : Uop<"BRANCH_IF_EQ", (ins obj:$selector), (outs), [ImmOparg],
                           [UopBackend]> {
  let summary = "continues at the target when the raw selector equals oparg (one case of a "
              # "cf.switch after a multi-exit loop)";
  let cBody = [{
    if (RAW(selector) == oparg)
      GOTO_TARGET();
  }];
}
def Uop_CheckTracingOp : Uop<"CHECK_TRACING", (ins), (outs), [], [UopBackend, UopGuard]> {
  let summary = "deoptimizes when tracing or profiling is on, so the interpreter reports the "
              # "events; the lowering puts one before the first uop with an exit after any uop "
              # "that can run Python code (only Python code can turn tracing on)";
  let cBody = [{
    DEOPT_IF(tstate->cframe->use_tracing);
  }];
}
def Uop_TrapOp : Uop<"TRAP", (ins), (outs), [], [UopBackend]> {
  let summary = "uop.unreachable: control never gets here; stops the process if it does (a "
              # "compiler bug)";
  let cBody = [{
    Py_FatalError("uopjit: reached uop.unreachable");
  }];
}

#endif // UOPJIT_IR_CATALOG_BACKEND_TD
