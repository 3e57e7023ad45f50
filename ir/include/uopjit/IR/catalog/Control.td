//===- Control.td - jumps, iteration, returns and exceptions ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CONTROL_TD
#define UOPJIT_IR_CATALOG_CONTROL_TD

def Uop_ReturnValueOp : Uop<"RETURN_VALUE", (ins obj:$retval), (outs), [],
                            [UopExit, UopEscapes, UopTakesRef]> {
  let summary = "returns retval to the caller and clears the frame (decrefs of the locals may run "
              # "__del__)";
  // Nothing else is live at a return, so the register's reference moves out
  // and every register is empty: the function's exit need not sweep them.
  let cBody = [{
    INPUT_REG(0) = NULL;
    RETURN_WITH(retval);
  }];
}
def Uop_ResumeCheckOp : Uop<"RESUME_CHECK", (ins), (outs), [ImmOparg], [UopBreaker]> {
  let summary = "RESUME: when oparg < 2 (function start, after yield) deoptimizes on a pending "
              # "eval breaker (signals, pending calls, GIL drop, async exception)";
  let cBody = [{
    /* ceval handles the eval breaker here only when oparg < 2 (function start,
       after yield); the interpreter does it, so this uop itself neither
       raises nor runs code (no tracing check after it). */
    DEOPT_IF(oparg < 2 && BREAKER_PENDING());
  }];
}
def Uop_JumpForwardOp : Uop<"JUMP_FORWARD", (ins), (outs), [ImmOparg], [UopJump]> {
  let summary = "jumps forward by oparg code units (always taken)";
  let cBody = [{
    taken = 1;
  }];
}
def Uop_JumpBackwardOp : Uop<"JUMP_BACKWARD", (ins), (outs),
                             [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "jumps backward by oparg code units (always taken), then handles a pending eval "
              # "breaker";
  let cBody = [{
    /* ceval checks the eval breaker after the jump; the interpreter re-runs the
       jump and handles it. */
    DEOPT_IF(BREAKER_PENDING());
    taken = 1;
  }];
}
def Uop_JumpBackwardNoInterruptOp : Uop<"JUMP_BACKWARD_NO_INTERRUPT", (ins), (outs),
                                        [ImmOparg], [UopJumpBack]> {
  let summary = "jumps backward by oparg code units without checking the eval breaker (the "
              # "yield-from/await loop)";
  let cBody = [{
    taken = 1;
  }];
}
def Uop_PopJumpForwardIfFalseOp : Uop<"POP_JUMP_FORWARD_IF_FALSE", (ins obj:$cond), (outs),
                                      [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let summary = "pops cond and jumps forward by oparg when it is false (PyObject_IsTrue unless a "
              # "bool, may call __bool__); pops in both paths";
  let cBody = [{
    if (Py_IsTrue(cond)) {
      taken = 0;
    } else if (Py_IsFalse(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err == 0;
    }
  }];
}
def Uop_PopJumpForwardIfTrueOp : Uop<"POP_JUMP_FORWARD_IF_TRUE", (ins obj:$cond), (outs),
                                     [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let summary = "pops cond and jumps forward by oparg when it is true (PyObject_IsTrue unless a "
              # "bool, may call __bool__); pops in both paths";
  let cBody = [{
    if (Py_IsFalse(cond)) {
      taken = 0;
    } else if (Py_IsTrue(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err > 0;
    }
  }];
}
def Uop_PopJumpForwardIfNoneOp : Uop<"POP_JUMP_FORWARD_IF_NONE", (ins obj:$value), (outs),
                                     [ImmOparg], [UopJump]> {
  let summary = "pops value (the lowering's DECREF, where a __del__ runs) and jumps forward by "
              # "oparg when it is None; pops in both paths";
  let cBody = [{
    taken = Py_IsNone(value);
  }];
}
def Uop_PopJumpForwardIfNotNoneOp : Uop<"POP_JUMP_FORWARD_IF_NOT_NONE", (ins obj:$value), (outs),
                                        [ImmOparg], [UopJump]> {
  let summary = "pops value (the lowering's DECREF, where a __del__ runs) and jumps forward by "
              # "oparg when it is not None; pops in both paths";
  let cBody = [{
    taken = !Py_IsNone(value);
  }];
}
def Uop_PopJumpBackwardIfFalseOp : Uop<
    "POP_JUMP_BACKWARD_IF_FALSE",
    (ins obj:$cond),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops cond and jumps backward by oparg when it is false (PyObject_IsTrue unless a "
              # "bool, may call __bool__), then checks the eval breaker; pops in both paths";
  let cBody = [{
    /* ceval checks the eval breaker after a taken jump; the interpreter
       re-runs the instruction and handles it. */
    DEOPT_IF(BREAKER_PENDING());
    if (Py_IsTrue(cond)) {
      taken = 0;
    } else if (Py_IsFalse(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err == 0;
    }
  }];
}
def Uop_PopJumpBackwardIfTrueOp : Uop<
    "POP_JUMP_BACKWARD_IF_TRUE",
    (ins obj:$cond),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops cond and jumps backward by oparg when it is true (PyObject_IsTrue unless a "
              # "bool, may call __bool__), then checks the eval breaker; pops in both paths";
  let cBody = [{
    /* ceval checks the eval breaker after a taken jump; the interpreter
       re-runs the instruction and handles it. */
    DEOPT_IF(BREAKER_PENDING());
    if (Py_IsFalse(cond)) {
      taken = 0;
    } else if (Py_IsTrue(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err > 0;
    }
  }];
}
def Uop_PopJumpBackwardIfNoneOp : Uop<
    "POP_JUMP_BACKWARD_IF_NONE",
    (ins obj:$value),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops value (the lowering's DECREF, where a __del__ runs) and jumps backward by "
              # "oparg when it is None, then checks the eval breaker; pops in both paths";
  let cBody = [{
    /* ceval checks the eval breaker after a taken jump; the interpreter
       re-runs the instruction and handles it. */
    DEOPT_IF(BREAKER_PENDING());
    taken = Py_IsNone(value);
  }];
}
def Uop_PopJumpBackwardIfNotNoneOp : Uop<
    "POP_JUMP_BACKWARD_IF_NOT_NONE",
    (ins obj:$value),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops value (the lowering's DECREF, where a __del__ runs) and jumps backward by "
              # "oparg when it is not None, then checks the eval breaker; pops in both paths";
  let cBody = [{
    /* ceval checks the eval breaker after a taken jump; the interpreter
       re-runs the instruction and handles it. */
    DEOPT_IF(BREAKER_PENDING());
    taken = !Py_IsNone(value);
  }];
}
def Uop_JumpIfFalseOrPopOp : Uop<"JUMP_IF_FALSE_OR_POP", (ins obj:$cond), (outs),
                                 [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$cond);
  let summary = "when cond is false jumps forward by oparg keeping cond (taken: cond -- cond); "
              # "else pops and decrefs it (PyObject_IsTrue may call __bool__)";
  let cBody = [{
    if (Py_IsTrue(cond)) {
      taken = 0;
    } else if (Py_IsFalse(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err == 0;
    }
  }];
}
def Uop_JumpIfTrueOrPopOp : Uop<"JUMP_IF_TRUE_OR_POP", (ins obj:$cond), (outs),
                                [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$cond);
  let summary = "when cond is true jumps forward by oparg keeping cond (taken: cond -- cond); else "
              # "pops and decrefs it (PyObject_IsTrue may call __bool__)";
  let cBody = [{
    if (Py_IsFalse(cond)) {
      taken = 0;
    } else if (Py_IsTrue(cond)) {
      taken = 1;
    } else {
      int err = PyObject_IsTrue(cond);
      ERROR_IF(err < 0);
      taken = err > 0;
    }
  }];
}
def Uop_GetIterOp : Uop<"GET_ITER", (ins obj:$iterable), (outs obj:$iter),
                        [], [UopError, UopEscapes]> {
  let summary = "iter = PyObject_GetIter(iterable); decrefs iterable";
  let cBody = [{
    iter = PyObject_GetIter(iterable);
    ERROR_IF(iter == NULL);
  }];
}
def Uop_ForIterOp : Uop<"FOR_ITER", (ins obj:$iter), (outs obj:$iter, obj:$next),
                        [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs);
  let summary = "pushes next = tp_iternext(iter); when exhausted (StopIteration cleared) pops and "
              # "decrefs iter and jumps forward by oparg (taken: iter -- )";
  let cBody = [{
    /* The iterators of a list and of range() run inline (3.11 does not
       specialize FOR_ITER, and --uop-speculate-iterators knows the
       iterable only when the code it compiled shows it: not a list that
       comes from a call, nor range() in code compiled before its call was
       specialized); a generator suspended in compiled code resumes there
       directly. */
    if (Py_IS_TYPE(iter, &PyListIter_Type))
      next = uopjit_list_iter_next((UopjitListIter *)iter);
    else if (!Py_IS_TYPE(iter, &PyRangeIter_Type))
      next = uopjit_for_iter_next(tstate, iter);
    else if (!uopjit_range_iter_next((UopjitRangeIter *)iter, &next))
      next = NULL;
    if (next == NULL) {
      if (_PyErr_Occurred(tstate)) {
        ERROR_IF(!_PyErr_ExceptionMatches(tstate, PyExc_StopIteration));
        /* (call_exc_trace: JIT code never runs while tracing) */
        _PyErr_Clear(tstate);
      }
      /* iterator ended normally */
      taken = 1;
    }
  }];
}
// A `for` over range() or a list, made by --uop-speculate-iterators (3.11
// never specializes FOR_ITER): the guard, hoisted before the loop, checks
// the iterator's type once; the loop's FOR_ITER then runs the iterator's
// own next() inline and, unlike tp_iternext in general, runs no Python code.
def Uop_GuardRangeIterOp : Uop<"GUARD_RANGE_ITER", (ins obj:$iter), (outs obj:$iter),
                               [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"iter", "range_iterator">];
  let summary = "deoptimizes unless iter is an exact range_iterator (range() of C longs)";
  let cBody = [{
    DEOPT_IF(!Py_IS_TYPE(iter, &PyRangeIter_Type));
  }];
}
def Uop_ForIterRangeOp : Uop<"FOR_ITER_RANGE", (ins obj:$iter), (outs obj:$iter, obj:$next),
                             [ImmOparg], [UopJump, UopError]> {
  let stackOutTaken = (outs);
  let facts = [IsExact<"next", "int">];
  let summary = "FOR_ITER on an exact range_iterator: rangeiter_next inline (next = "
              # "start + index++ * step while index < len), else jumps forward by oparg; "
              # "MemoryError only";
  let cBody = [{
    if (uopjit_range_iter_next((UopjitRangeIter *)iter, &next))
      ERROR_IF(next == NULL);
    else
      taken = 1;
  }];
}
def Uop_GuardListIterOp : Uop<"GUARD_LIST_ITER", (ins obj:$iter), (outs obj:$iter),
                              [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"iter", "list_iterator">];
  let summary = "deoptimizes unless iter is an exact list_iterator";
  let cBody = [{
    DEOPT_IF(!Py_IS_TYPE(iter, &PyListIter_Type));
  }];
}
def Uop_ForIterListOp : Uop<"FOR_ITER_LIST", (ins obj:$iter), (outs obj:$iter, obj:$next),
                            [ImmOparg], [UopJump, UopDelOnly]> {
  let stackOutTaken = (outs);
  let summary = "FOR_ITER on an exact list_iterator: listiter_next inline (next = the list's "
              # "item at index++ while index < len(list)), else drops the list (a __del__ "
              # "may run) and jumps forward by oparg";
  let cBody = [{
    next = uopjit_list_iter_next((UopjitListIter *)iter);
    taken = next == NULL;
  }];
}
def Uop_RaiseVarargsOp : Uop<"RAISE_VARARGS", (ins Array<"oparg">:$args), (outs),
                             [ImmOparg], [UopExit, UopError, UopEscapes]> {
  let summary = "raise (oparg 0: re-raise the handled exception; 1: raise args[0]; 2: raise "
              # "args[0] from args[1]); always unwinds";
  let cBody = [{
    /* A bare `raise` re-raises without a new traceback entry; the error
       exit would add one, so the interpreter does it. */
    DEOPT_IF(oparg == 0);
    if (oparg <= 2) {
      /* raise; raise args[0]; raise args[0] from args[1] */
      PyObject *exc = oparg >= 1 ? Py_NewRef(args[0]) : NULL;
      PyObject *cause = oparg == 2 ? Py_NewRef(args[1]) : NULL;
      /* consumes exc and cause; 1 when the handled exception was re-raised
         (ceval then unwinds without adding a traceback entry) */
      (void)uopjit_do_raise(tstate, exc, cause);
    } else {
      _PyErr_SetString(tstate, PyExc_SystemError, "bad RAISE_VARARGS oparg");
    }
    ERROR_IF(1);
  }];
}
def Uop_ReraiseOp : Uop<"RERAISE", (ins Array<"oparg">:$values, obj:$exc),
                        (outs Array<"oparg">:$values), [ImmOparg], [UopExit, UopError, UopFrame]> {
  let summary = "re-raises exc; when oparg != 0 first sets frame->prev_instr from the int lasti "
              # "values[0] (SystemError if it is not an int); always unwinds";
}
def Uop_PushExcInfoOp : Uop<"PUSH_EXC_INFO", (ins obj:$value), (outs obj:$prev_exc, obj:$value),
                            [], [UopFrame]> {
  let summary = "pushes the handled exception exc_info->exc_value (None when NULL) below value and "
              # "makes value the handled exception";
  let cBody = [{
    _PyErr_StackItem *exc_info = tstate->exc_info;
    /* the handled exception's reference moves to the stack */
    prev_exc = exc_info->exc_value != NULL ? exc_info->exc_value : Py_NewRef(Py_None);
    assert(PyExceptionInstance_Check(value));
    exc_info->exc_value = Py_NewRef(value);
  }];
}
def Uop_PopExceptOp : Uop<"POP_EXCEPT", (ins obj:$exc_value), (outs), [], [UopFrame, UopEscapes]> {
  let summary = "restores exc_info->exc_value from exc_value and decrefs the exception it replaces";
  let cBody = [{
    _PyErr_StackItem *exc_info = tstate->exc_info;
    PyObject *old = exc_info->exc_value;
    exc_info->exc_value = Py_NewRef(exc_value);
    Py_XDECREF(old);
  }];
}
def Uop_CheckExcMatchOp : Uop<"CHECK_EXC_MATCH", (ins obj:$left, obj:$right),
                              (outs obj:$left, obj:$b), [], [UopError, UopEscapes]> {
  let summary = "b = Py_True/Py_False for PyErr_GivenExceptionMatches(left, right) (TypeError when "
              # "right is not an exception class or tuple of them); decrefs right";
  let cBody = [{
    assert(PyExceptionInstance_Check(left));
    ERROR_IF(uopjit_check_except_type_valid(tstate, right) < 0);
    int res = PyErr_GivenExceptionMatches(left, right);
    b = Py_NewRef(res ? Py_True : Py_False);
  }];
}
def Uop_CheckEgMatchOp : Uop<"CHECK_EG_MATCH", (ins obj:$exc_value, obj:$match_type),
                             (outs obj:$rest, obj:$match), [], [UopFrame, UopError, UopEscapes]> {
  let summary = "except*: splits exc_value by match_type; on no match pushes None keeping "
              # "exc_value as rest, else (rest, match) and makes match the handled exception";
  let cBody = [{
    ERROR_IF(uopjit_check_except_star_type_valid(tstate, match_type) < 0);
    PyObject *m = NULL, *r = NULL;
    int res = uopjit_exception_group_match(exc_value, match_type, &m, &r);
    ERROR_IF(res < 0);
    if (m == NULL || r == NULL) {
      assert(m == NULL);
      assert(r == NULL);
      ERROR_IF(1);
    }
    if (Py_IsNone(m)) {
      /* no match: exc_value stays, None above it */
      Py_XDECREF(r);
      rest = Py_NewRef(exc_value);
      match = m;
    } else {
      /* Total or partial match: [exc_value] becomes [rest, match] (rest can
         be None) */
      rest = r;
      match = m;
      PyErr_SetExcInfo(NULL, Py_NewRef(m), NULL);
    }
  }];
}
def Uop_PrepReraiseStarOp : Uop<"PREP_RERAISE_STAR", (ins obj:$orig, obj:$excs), (outs obj:$val),
                                [], [UopError, UopEscapes]> {
  let summary = "val = _PyExc_PrepReraiseStar(orig, excs), the exception group to re-raise after "
              # "except* clauses; decrefs both";
}
def Uop_WithExceptStartOp : Uop<
    "WITH_EXCEPT_START",
    (ins obj:$exit_func, obj:$lasti, obj:$prev_exc, obj:$val),
    (outs obj:$exit_func, obj:$lasti, obj:$prev_exc, obj:$val, obj:$res),
    [], [UopError, UopEscapes]> {
  let summary = "res = exit_func(type(val), val, val.__traceback__)";
  let cBody = [{
    /* exit_func(type(val), val, val.__traceback__) */
    assert(val && PyExceptionInstance_Check(val));
    PyObject *exc = PyExceptionInstance_Class(val);
    PyObject *tb = PyException_GetTraceback(val);
    Py_XDECREF(tb);
    assert(PyLong_Check(lasti));
    PyObject *stack[4] = {NULL, exc, val, tb};
    res = PyObject_Vectorcall(exit_func, stack + 1, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BeforeWithOp : Uop<"BEFORE_WITH", (ins obj:$mgr), (outs obj:$exit, obj:$res),
                           [], [UopError, UopEscapes]> {
  let summary = "looks up __enter__ and __exit__ on type(mgr) (TypeError when missing), replaces "
              # "mgr by the bound __exit__ and pushes res = __enter__()";
  let cBody = [{
    PyObject *enter = _PyObject_LookupSpecial(mgr, &_Py_ID(__enter__));
    if (enter == NULL) {
      if (!_PyErr_Occurred(tstate)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'%.200s' object does not support the "
                      "context manager protocol",
                      Py_TYPE(mgr)->tp_name);
      }
      ERROR_IF(1);
    }
    PyObject *ex = _PyObject_LookupSpecial(mgr, &_Py_ID(__exit__));
    if (ex == NULL) {
      if (!_PyErr_Occurred(tstate)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'%.200s' object does not support the "
                      "context manager protocol "
                      "(missed __exit__ method)",
                      Py_TYPE(mgr)->tp_name);
      }
      Py_DECREF(enter);
      ERROR_IF(1);
    }
    res = _PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if (res == NULL) {
      Py_DECREF(ex);
      ERROR_IF(1);
    }
    exit = ex;
  }];
}

#endif
