//===- Gen.td - generators, coroutines and async iteration ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_GEN_TD
#define UOPJIT_IR_CATALOG_GEN_TD

def Uop_YieldValueOp : Uop<"YIELD_VALUE", (ins obj:$value), (outs obj:$sent), [], [UopSuspend]> {
  let summary = "suspends the generator (FRAME_SUSPENDED) handing value to its caller; the resume "
              # "block starts with uop.resume, which produces the sent value";
  // As ceval's YIELD_VALUE: the values below `value` go to the frame's stack
  // and prev_instr names this instruction, so the interpreter, or compiled
  // code entering at the next instruction, resumes from the frame. Nothing
  // else is live at a yield (the lowering rejects a value live across it
  // that its frame state does not hold), so SUSPEND moves the stack's
  // references out of their registers and `value`'s moves out with it:
  // every register is empty afterwards and the exit need not sweep them.
  let cBody = [{
    SUSPEND();
    _PyFrame_GetGenerator(frame)->gi_frame_state = FRAME_SUSPENDED;
    if (INPUT_REG(0) == NULL) /* its register was also on the stack */
      RETURN_WITH(Py_NewRef(value));
    INPUT_REG(0) = NULL;
    RETURN_WITH(value);
  }];
}
def Uop_SendOp : Uop<"SEND", (ins obj:$receiver, obj:$v), (outs obj:$receiver, obj:$retval),
                     [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$retval);
  let summary = "PyIter_Send(receiver, v): pushes the yielded retval; when receiver returns, "
              # "replaces receiver, v by its return value and jumps forward by oparg (taken: "
              # "receiver, v -- retval); decrefs v";
  let cBody = [{
    /* ceval's tracing path (c_tracefunc set: tp_iternext or .send() instead
       of PyIter_Send, call_exc_trace on StopIteration) is left to the
       interpreter. */
    DEOPT_IF(tstate->c_tracefunc != NULL);
    PyObject *res = NULL;
    /* A generator or coroutine suspended in compiled code resumes there
       directly. */
    PySendResult gen_status = uopjit_send(tstate, receiver, v, &res);
    if (gen_status == PYGEN_ERROR) {
      assert(res == NULL);
      ERROR_IF(1);
    }
    assert(res != NULL);
    /* PYGEN_RETURN: retval replaces receiver and v, and the jump is taken;
       PYGEN_NEXT: retval is pushed above receiver. */
    retval = res;
    taken = gen_status == PYGEN_RETURN;
  }];
}
def Uop_ReturnGeneratorOp : Uop<"RETURN_GENERATOR", (ins), (outs),
                                [], [UopExit, UopFrame, UopError]> {
  let summary = "makes the generator/coroutine of this frame (_Py_MakeCoro), moves the frame into "
              # "it (FRAME_CREATED) and returns it; its first resume continues at the next "
              # "instruction with the sent None pushed";
}
def Uop_GetAwaitableOp : Uop<"GET_AWAITABLE", (ins obj:$iterable), (outs obj:$iter),
                             [ImmOparg], [UopError, UopEscapes]> {
  let summary = "iter = _PyCoro_GetAwaitableIter(iterable) (TypeError worded by oparg; "
              # "RuntimeError for a coroutine already being awaited); decrefs iterable";
  let cBody = [{
    iter = uopjit_coro_get_awaitable_iter(iterable);
    if (iter == NULL) {
      uopjit_format_awaitable_error(tstate, Py_TYPE(iterable), (int)oparg);
    }
    if (iter != NULL && PyCoro_CheckExact(iter)) {
      PyObject *yf = uopjit_gen_yf((PyGenObject *)iter);
      if (yf != NULL) {
        /* `iter` is a coroutine object that is being awaited, `yf` is a
           pointer to the current awaitable being awaited on. */
        Py_DECREF(yf);
        Py_CLEAR(iter);
        _PyErr_SetString(tstate, PyExc_RuntimeError,
                         "coroutine is being awaited already");
      }
    }
    ERROR_IF(iter == NULL);
  }];
}
def Uop_GetAiterOp : Uop<"GET_AITER", (ins obj:$obj), (outs obj:$iter),
                         [], [UopError, UopEscapes]> {
  let summary = "iter = type(obj).__aiter__(obj) (TypeError when missing or when iter has no "
              # "__anext__); decrefs obj";
  let cBody = [{
    unaryfunc getter = NULL;
    PyTypeObject *type = Py_TYPE(obj);
    if (type->tp_as_async != NULL) {
      getter = type->tp_as_async->am_aiter;
    }
    if (getter == NULL) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "'async for' requires an object with "
                    "__aiter__ method, got %.100s",
                    type->tp_name);
      ERROR_IF(1);
    }
    PyObject *it = (*getter)(obj);
    ERROR_IF(it == NULL);
    if (Py_TYPE(it)->tp_as_async == NULL ||
        Py_TYPE(it)->tp_as_async->am_anext == NULL) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "'async for' received an object from __aiter__ "
                    "that does not implement __anext__: %.100s",
                    Py_TYPE(it)->tp_name);
      Py_DECREF(it);
      ERROR_IF(1);
    }
    iter = it;
  }];
}
def Uop_GetAnextOp : Uop<"GET_ANEXT", (ins obj:$aiter), (outs obj:$aiter, obj:$awaitable),
                         [], [UopError, UopEscapes]> {
  let summary = "pushes awaitable = __anext__(aiter), made awaitable by _PyCoro_GetAwaitableIter "
              # "unless aiter is an exact async generator";
  let cBody = [{
    PyTypeObject *type = Py_TYPE(aiter);
    if (PyAsyncGen_CheckExact(aiter)) {
      awaitable = type->tp_as_async->am_anext(aiter);
      ERROR_IF(awaitable == NULL);
    } else {
      unaryfunc getter = NULL;
      if (type->tp_as_async != NULL) {
        getter = type->tp_as_async->am_anext;
      }
      if (getter == NULL) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'async for' requires an iterator with "
                      "__anext__ method, got %.100s",
                      type->tp_name);
        ERROR_IF(1);
      }
      PyObject *next_iter = (*getter)(aiter);
      ERROR_IF(next_iter == NULL);
      PyObject *aw = uopjit_coro_get_awaitable_iter(next_iter);
      if (aw == NULL) {
        _PyErr_FormatFromCause(PyExc_TypeError,
                               "'async for' received an invalid object "
                               "from __anext__: %.100s",
                               Py_TYPE(next_iter)->tp_name);
      }
      Py_DECREF(next_iter);
      ERROR_IF(aw == NULL);
      awaitable = aw;
    }
  }];
}
def Uop_GetYieldFromIterOp : Uop<"GET_YIELD_FROM_ITER", (ins obj:$iterable), (outs obj:$iter),
                                 [], [UopError, UopEscapes]> {
  let summary = "keeps a generator or (in coroutine code) a coroutine as is, TypeError for a "
              # "coroutine in a plain generator, else iter = PyObject_GetIter(iterable)";
  let cBody = [{
    if (PyCoro_CheckExact(iterable)) {
      /* `iterable` is a coroutine */
      if (!(CODE->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
        /* and it is used in a 'yield from' expression of a regular
           generator. */
        _PyErr_SetString(tstate, PyExc_TypeError,
                         "cannot 'yield from' a coroutine object "
                         "in a non-coroutine generator");
        ERROR_IF(1);
      }
      iter = Py_NewRef(iterable);
    } else if (!PyGen_CheckExact(iterable)) {
      /* `iterable` is not a generator. */
      iter = PyObject_GetIter(iterable);
      ERROR_IF(iter == NULL);
    } else {
      iter = Py_NewRef(iterable);
    }
  }];
}
def Uop_AsyncGenWrapOp : Uop<"ASYNC_GEN_WRAP", (ins obj:$v), (outs obj:$w), [], [UopError]> {
  let summary = "w = _PyAsyncGenValueWrapperNew(v) (the value an async generator yields); decrefs "
              # "v; MemoryError only";
  let cBody = [{
    assert(CODE->co_flags & CO_ASYNC_GENERATOR);
    w = uopjit_async_gen_value_wrapper_new(v);
    ERROR_IF(w == NULL);
  }];
}
def Uop_BeforeAsyncWithOp : Uop<"BEFORE_ASYNC_WITH", (ins obj:$mgr), (outs obj:$exit, obj:$res),
                                [], [UopError, UopEscapes]> {
  let summary = "looks up __aenter__ and __aexit__ (TypeError when missing), replaces mgr by the "
              # "bound __aexit__ and pushes res = __aenter__()";
  let cBody = [{
    PyObject *enter = _PyObject_LookupSpecial(mgr, &_Py_ID(__aenter__));
    if (enter == NULL) {
      if (!_PyErr_Occurred(tstate)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'%.200s' object does not support the "
                      "asynchronous context manager protocol",
                      Py_TYPE(mgr)->tp_name);
      }
      ERROR_IF(1);
    }
    PyObject *ex = _PyObject_LookupSpecial(mgr, &_Py_ID(__aexit__));
    if (ex == NULL) {
      if (!_PyErr_Occurred(tstate)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'%.200s' object does not support the "
                      "asynchronous context manager protocol "
                      "(missed __aexit__ method)",
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
def Uop_EndAsyncForOp : Uop<"END_ASYNC_FOR", (ins obj:$aiter, obj:$exc), (outs),
                            [], [UopError, UopEscapes]> {
  let summary = "when exc is a StopAsyncIteration pops and decrefs exc and aiter; otherwise "
              # "re-raises exc";
  let cBody = [{
    assert(exc && PyExceptionInstance_Check(exc));
    /* Not a StopAsyncIteration: ceval restores exc (with its own traceback)
       and goes to exception_unwind, adding no traceback entry for this
       instruction; ERROR_IF would add one, so the interpreter re-runs the
       instruction and re-raises. The test calls no Python code, so the
       interpreter decides the same way. */
    DEOPT_IF(!PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration));
    /* StopAsyncIteration ends the loop: exc and aiter are popped (the
       lowering releases them). */
  }];
}

#endif
