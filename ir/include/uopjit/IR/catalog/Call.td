//===- Call.td - PRECALL / CALL and their guards -----------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CALL_TD
#define UOPJIT_IR_CATALOG_CALL_TD

def Uop_KwNamesOp : Uop<"KW_NAMES", (ins), (outs), [ImmOparg], [UopFrame]> {
  let summary = "sets the call shape's kwnames to co_consts[oparg] (a tuple of keyword names) for "
              # "the next PRECALL/CALL";
  let cBody = [{
    assert(KWNAMES == NULL);
    assert(oparg < PyTuple_GET_SIZE(CODE->co_consts));
    KWNAMES = CONST(oparg);
  }];
}
def Uop_PrecallOp : Uop<"PRECALL", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                        (outs obj:$meth, obj:$self_or_callable, Array<"oparg">:$args),
                        [ImmOparg], []> {
  let summary = "when method is NULL and callable is a bound method object, replaces (NULL, "
              # "callable) by (callable.__func__, callable.__self__); else leaves the stack as it "
              # "is";
  let cBody = [{
    if (method == NULL && Py_TYPE(callable) == &PyMethod_Type) {
      /* a bound method: (NULL, callable) becomes (__func__, __self__) */
      meth = Py_NewRef(((PyMethodObject *)callable)->im_func);
      self_or_callable = Py_NewRef(((PyMethodObject *)callable)->im_self);
    } else {
      meth = Py_XNewRef(method);
      self_or_callable = Py_NewRef(callable);
    }
  }];
}
def Uop_GuardNotMethodOp : Uop<"GUARD_NOT_METHOD",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless method is NULL, i.e. not a LOAD_METHOD method call "
              # "(is_method(stack_pointer, oparg) is false)";
  let cBody = [{
    DEOPT_IF(method != NULL);
  }];
}
def Uop_GuardBoundMethodOp : Uop<"GUARD_BOUND_METHOD",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                 [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless type(callable) is exactly PyMethod_Type";
  let cBody = [{
    DEOPT_IF(Py_TYPE(callable) != &PyMethod_Type);
  }];
}
def Uop_PrecallBoundMethodOp : Uop<"PRECALL_BOUND_METHOD",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$meth, obj:$self, Array<"oparg">:$args),
                                   [ImmOparg], []> {
  let summary = "replaces (NULL, bound method callable) by (its __func__, its __self__) (new "
              # "references); decrefs the bound method";
  let cBody = [{
    assert(method == NULL);
    meth = Py_NewRef(((PyMethodObject *)callable)->im_func);
    self = Py_NewRef(((PyMethodObject *)callable)->im_self);
  }];
}
def Uop_GuardCalleeFunctionOp : Uop<"GUARD_CALLEE_FUNCTION",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                    [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is exactly a "
              # "Python function (PyFunction_Type)";
  let cBody = [{
    DEOPT_IF(Py_TYPE(UOPJIT_CALLEE(method, callable)) != &PyFunction_Type);
  }];
}
def Uop_CallOp : Uop<"CALL", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                     (outs obj:$res), [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "calls the callee (method with self = callable when method is non-NULL, else "
              # "callable) with the args and the call shape's kwnames (then cleared); decrefs "
              # "callee and args; checks the eval breaker after a non-Python call";
  let cBody = [{
    /* CHECK_EVAL_BREAKER() comes after the call in ceval; the JIT cannot leave
       after it, so a pending breaker sends the whole call to the interpreter. */
    DEOPT_IF(BREAKER_PENDING());
    /* A Python function with simple parameters gets a frame pushed here, as
       ceval's inlined calls do; any other callee goes through vectorcall. */
    PyObject *function = UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    int kwnames_len = KWNAMES == NULL ? 0 : (int)PyTuple_GET_SIZE(KWNAMES);
    int positional_args = total_args - kwnames_len;
    if (KWNAMES == NULL && uopjit_can_call_py(function, total_args))
      res = uopjit_call_py(tstate, (PyFunctionObject *)function, vec, total_args);
    /* A class with a Python __init__: the instance and a frame for
       __init__ made here, as 3.13's CALL_ALLOC_AND_ENTER_INIT does. */
    else if (KWNAMES == NULL && uopjit_is_plain_class(function))
      res = uopjit_call_class(tstate, (PyTypeObject *)function, vec, total_args);
    /* min(a, b) and max(a, b) of two numbers without the builtin's
       argument parsing (3.11 does not specialize them). */
    else if (KWNAMES != NULL || total_args != 2 ||
             (res = uopjit_min_max_of_numbers(function, vec[0], vec[1])) == NULL)
      res = PyObject_Vectorcall(function, vec,
                                positional_args | PY_VECTORCALL_ARGUMENTS_OFFSET, KWNAMES);
    KWNAMES = NULL;
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardNoEvalFrameHookOp : Uop<"GUARD_NO_EVAL_FRAME_HOOK", (ins), (outs), [], [UopGuard]> {
  let summary = "deoptimizes when tstate->interp->eval_frame (a PEP 523 frame evaluator) is set";
  let cBody = [{
    /* The JIT runs the callee's frame through the installed frame evaluator
       (ours, or one that replaced it), so which one is installed does not
       matter. */
    (void)0;
  }];
}
def Uop_GuardFunctionVersionOp : Uop<"GUARD_FUNCTION_VERSION",
                                     (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                     (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                     [ImmOparg, ImmFuncVersion], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is a function "
              # "(PyFunction_Check) with func_version == func_version";
  let cBody = [{
    PyObject *function = UOPJIT_CALLEE(method, callable);
    DEOPT_IF(!PyFunction_Check(function));
    DEOPT_IF(((PyFunctionObject *)function)->func_version != (uint32_t)func_version);
  }];
}
def Uop_GuardExactArgcountOp : Uop<"GUARD_EXACT_ARGCOUNT",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                   [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee's co_argcount == oparg + (method != NULL)";
  let cBody = [{
    PyFunctionObject *func = (PyFunctionObject *)UOPJIT_CALLEE(method, callable);
    int argcount = (int)oparg + (method != NULL);
    DEOPT_IF(((PyCodeObject *)func->func_code)->co_argcount != argcount);
  }];
}
def Uop_CallPyExactArgsOp : Uop<"CALL_PY_EXACT_ARGS",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes a frame for the Python function callee with the oparg + (method != NULL) "
              # "arguments (other locals NULL; defaults for missing parameters and a *args "
              # "tuple where the callee has them, as uopjit_simple_call allows) and runs it; res "
              # "is its return value; MemoryError when no frame";
  let cBody = [{
    /* ceval pushes a frame and runs it; so does uopjit_call_py, through the
       installed evaluator (ours runs the callee's compiled code). */
    assert(KWNAMES == NULL);
    int argcount;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &argcount);
    res = uopjit_call_py(tstate, (PyFunctionObject *)UOPJIT_CALLEE(method, callable), vec,
                         argcount);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardArgcountRangeOp : Uop<"GUARD_ARGCOUNT_RANGE",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                   [ImmOparg, ImmMinArgs], [UopGuard]> {
  let summary = "deoptimizes unless min_args <= oparg + (method != NULL) <= the callee's "
              # "co_argcount";
  let cBody = [{
    PyFunctionObject *func = (PyFunctionObject *)UOPJIT_CALLEE(method, callable);
    int argcount = (int)oparg + (method != NULL);
    DEOPT_IF(argcount > ((PyCodeObject *)func->func_code)->co_argcount);
    DEOPT_IF(argcount < min_args);
  }];
}
// Under a PEP 523 hook 3.11 never keeps CALL_PY_EXACT_ARGS (its first
// check is that no hook is installed), so with uopjit on, a call of a
// Python function stays PRECALL_PYFUNC + the generic CALL. Compiled code
// checks that uopjit_call_py can make the call and makes it directly
// (PRECALL_PYFUNC in Instrs.td).
def Uop_GuardSimplePyCallOp : Uop<"GUARD_SIMPLE_PY_CALL",
                                  (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                  (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                  [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the call passes no keywords and the callee, a Python "
              # "function without **kwargs or keyword-only parameters, takes oparg + (method "
              # "!= NULL) positional arguments: its parameters, fewer with defaults for the "
              # "rest, or more with a *args parameter (uopjit_simple_call)";
  let cBody = [{
    DEOPT_IF(KWNAMES != NULL);
    DEOPT_IF(!uopjit_simple_call((PyFunctionObject *)UOPJIT_CALLEE(method, callable),
                                 (int)oparg + (method != NULL)));
  }];
}
def Uop_CallPyWithDefaultsOp : Uop<"CALL_PY_WITH_DEFAULTS",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$res),
                                   [ImmOparg, ImmMinArgs], [UopError, UopEscapes]> {
  let summary = "like CALL_PY_EXACT_ARGS, filling the missing positional parameters i from "
              # "func_defaults[i - min_args]; res is the return value";
  let cBody = [{
    /* ceval pushes a frame filling the missing parameters from func_defaults;
       so does uopjit_call_py (func_version pins the defaults). */
    assert(KWNAMES == NULL);
    int argcount;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &argcount);
    res = uopjit_call_py(tstate, (PyFunctionObject *)UOPJIT_CALLEE(method, callable), vec,
                         argcount);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardOneArgOp : Uop<"GUARD_ONE_ARG", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                            (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                            [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless oparg + (method != NULL) == 1";
  let cBody = [{
    DEOPT_IF((int)oparg + (method != NULL) != 1);
  }];
}
def Uop_GuardTwoArgsOp : Uop<"GUARD_TWO_ARGS",
                             (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                             (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                             [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless oparg + (method != NULL) == 2";
  let cBody = [{
    DEOPT_IF((int)oparg + (method != NULL) != 2);
  }];
}
def Uop_GuardCalleeTypeOp : Uop<"GUARD_CALLEE_TYPE",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyType_Type";
  let cBody = [{
    DEOPT_IF(UOPJIT_CALLEE(method, callable) != (PyObject *)&PyType_Type);
  }];
}
def Uop_GuardCalleeStrOp : Uop<"GUARD_CALLEE_STR",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyUnicode_Type";
  let cBody = [{
    DEOPT_IF(UOPJIT_CALLEE(method, callable) != (PyObject *)&PyUnicode_Type);
  }];
}
def Uop_GuardCalleeTupleOp : Uop<"GUARD_CALLEE_TUPLE",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                 [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyTuple_Type";
  let cBody = [{
    DEOPT_IF(UOPJIT_CALLEE(method, callable) != (PyObject *)&PyTuple_Type);
  }];
}
def Uop_GuardCalleeLenOp : Uop<"GUARD_CALLEE_LEN",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is the "
              # "builtin len (interp->callable_cache.len)";
  let cBody = [{
    PyInterpreterState *interp = tstate->interp;
    DEOPT_IF(UOPJIT_CALLEE(method, callable) != interp->callable_cache.len);
  }];
}
def Uop_GuardCalleeIsinstanceOp : Uop<"GUARD_CALLEE_ISINSTANCE",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                      [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is the "
              # "builtin isinstance (interp->callable_cache.isinstance)";
  let cBody = [{
    PyInterpreterState *interp = tstate->interp;
    DEOPT_IF(UOPJIT_CALLEE(method, callable) != interp->callable_cache.isinstance);
  }];
}
def Uop_PrecallNoKwType1Op : Uop<"PRECALL_NO_KW_TYPE_1",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$res), [ImmOparg], []> {
  let summary = "type(arg), oparg 1: res = new reference to Py_TYPE(arg); decrefs arg and type; "
              # "performs and skips the following CALL";
  let cBody = [{
    assert(KWNAMES == NULL);
    assert(oparg == 1 && method == NULL);
    res = Py_NewRef(Py_TYPE(args[0]));
  }];
}
def Uop_PrecallNoKwStr1Op : Uop<"PRECALL_NO_KW_STR_1",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$res), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "str(arg), oparg 1: res = PyObject_Str(arg); decrefs arg and str; performs and "
              # "skips the following CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    assert(oparg == 1 && method == NULL);
    res = PyObject_Str(args[0]);
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwTuple1Op : Uop<"PRECALL_NO_KW_TUPLE_1",
                                  (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                  (outs obj:$res), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let facts = [IsExact<"res", "tuple">];
  let summary = "tuple(arg), oparg 1: res = PySequence_Tuple(arg); decrefs arg and tuple; performs "
              # "and skips the following CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    assert(oparg == 1 && method == NULL);
    res = PySequence_Tuple(args[0]);
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardCalleeBuiltinClassOp : Uop<"GUARD_CALLEE_BUILTIN_CLASS",
                                        (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                        (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                        [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is a type "
              # "(PyType_Check) with a tp_vectorcall";
  let cBody = [{
    PyObject *function = UOPJIT_CALLEE(method, callable);
    DEOPT_IF(!PyType_Check(function));
    DEOPT_IF(((PyTypeObject *)function)->tp_vectorcall == NULL);
  }];
}
def Uop_PrecallBuiltinClassOp : Uop<"PRECALL_BUILTIN_CLASS",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$res),
                                    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = tp_vectorcall of the callee type on the arguments with the call shape's "
              # "kwnames (then cleared); decrefs args and type; performs and skips the following "
              # "CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    PyTypeObject *tp = (PyTypeObject *)UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    int kwnames_len = KWNAMES == NULL ? 0 : (int)PyTuple_GET_SIZE(KWNAMES);
    res = tp->tp_vectorcall((PyObject *)tp, vec, total_args - kwnames_len, KWNAMES);
    KWNAMES = NULL;
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardCalleeBuiltinOOp : Uop<"GUARD_CALLEE_BUILTIN_O",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                    [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_O";
  let cBody = [{
    PyObject *function = UOPJIT_CALLEE(method, callable);
    DEOPT_IF(!PyCFunction_CheckExact(function));
    DEOPT_IF(PyCFunction_GET_FLAGS(function) != METH_O);
  }];
}
def Uop_GuardCalleeBuiltinFastOp : Uop<"GUARD_CALLEE_BUILTIN_FAST",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_FASTCALL";
  let cBody = [{
    PyObject *function = UOPJIT_CALLEE(method, callable);
    DEOPT_IF(!PyCFunction_CheckExact(function));
    DEOPT_IF(PyCFunction_GET_FLAGS(function) != METH_FASTCALL);
  }];
}
def Uop_GuardCalleeBuiltinFastKwOp : Uop<"GUARD_CALLEE_BUILTIN_FAST_KW",
                                         (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                         (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                         [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_FASTCALL | "
              # "METH_KEYWORDS";
  let cBody = [{
    PyObject *function = UOPJIT_CALLEE(method, callable);
    DEOPT_IF(!PyCFunction_CheckExact(function));
    DEOPT_IF(PyCFunction_GET_FLAGS(function) != (METH_FASTCALL | METH_KEYWORDS));
  }];
}
def Uop_PrecallNoKwBuiltinOOp : Uop<"PRECALL_NO_KW_BUILTIN_O",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$res),
                                    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_O C function of the callee on (its self, the one argument), with "
              # "the recursion check; decrefs arg and callee; performs and skips the following "
              # "CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    PyObject *function = UOPJIT_CALLEE(method, callable);
    /* the one argument: self for a method call, else args[0] */
    PyObject *arg = method != NULL ? callable : args[0];
    PyCFunction cfunc = PyCFunction_GET_FUNCTION(function);
    /* This is slower but CPython promises to check all non-vectorcall
       function calls. */
    ERROR_IF(_Py_EnterRecursiveCallTstate(tstate, " while calling a Python object"));
    res = _PyCFunction_TrampolineCall(cfunc, PyCFunction_GET_SELF(function), arg);
    _Py_LeaveRecursiveCallTstate(tstate);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwBuiltinFastOp : Uop<"PRECALL_NO_KW_BUILTIN_FAST",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$res),
                                       [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL C function of the callee on (its self, args, nargs); "
              # "decrefs args and callee; performs and skips the following CALL; checks the eval "
              # "breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    PyObject *function = UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    PyCFunction cfunc = PyCFunction_GET_FUNCTION(function);
    /* res = func(self, args, nargs) */
    res = ((_PyCFunctionFast)(void (*)(void))cfunc)(PyCFunction_GET_SELF(function),
                                                   vec, total_args);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallBuiltinFastWithKeywordsOp : Uop<
    "PRECALL_BUILTIN_FAST_WITH_KEYWORDS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL|METH_KEYWORDS C function of the callee on (its self, "
              # "args, nargs - len(kwnames), kwnames), kwnames then cleared; decrefs args and "
              # "callee; performs and skips the following CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    PyObject *function = UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    int kwnames_len = KWNAMES == NULL ? 0 : (int)PyTuple_GET_SIZE(KWNAMES);
    /* res = func(self, args, nargs, kwnames) */
    _PyCFunctionFastWithKeywords cfunc =
        (_PyCFunctionFastWithKeywords)(void (*)(void))PyCFunction_GET_FUNCTION(function);
    res = cfunc(PyCFunction_GET_SELF(function), vec, total_args - kwnames_len, KWNAMES);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    KWNAMES = NULL;
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwLenOp : Uop<"PRECALL_NO_KW_LEN",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"res", "int">];
  let summary = "len(arg): res = PyLong_FromSsize_t(PyObject_Length(arg)); decrefs arg and len; "
              # "performs and skips the following CALL";
  let cBody = [{
    assert(KWNAMES == NULL);
    /* the one argument: self for a method call, else args[0] */
    PyObject *arg = method != NULL ? callable : args[0];
    Py_ssize_t len_i = PyObject_Length(arg);
    ERROR_IF(len_i < 0);
    res = PyLong_FromSsize_t(len_i);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwIsinstanceOp : Uop<"PRECALL_NO_KW_ISINSTANCE",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"res", "bool">];
  let summary = "isinstance(inst, cls): res = PyBool_FromLong(PyObject_IsInstance(inst, cls)); "
              # "decrefs inst, cls and isinstance; performs and skips the following CALL";
  let cBody = [{
    assert(KWNAMES == NULL);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    assert(total_args == 2);
    (void)total_args;
    PyObject *inst = vec[0];
    PyObject *cls = vec[1];
    /* abstract.c's object_recursive_isinstance starts with this test;
       made here, the common case calls nothing. */
    int retval = Py_IS_TYPE(inst, (PyTypeObject *)cls) ? 1 : PyObject_IsInstance(inst, cls);
    ERROR_IF(retval < 0);
    res = Py_NewRef(retval ? Py_True : Py_False);
  }];
}
def Uop_GuardListAppendOp : Uop<"GUARD_LIST_APPEND",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless method is list.append (interp->callable_cache.list_append) and "
              # "self, the callable slot, is a list (PyList_Check)";
  let cBody = [{
    PyInterpreterState *interp = tstate->interp;
    DEOPT_IF(oparg != 1);
    DEOPT_IF(method != interp->callable_cache.list_append);
    DEOPT_IF(!PyList_Check(callable));
  }];
}
def Uop_PrecallNoKwListAppendOp : Uop<"PRECALL_NO_KW_LIST_APPEND",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "self.append(arg), oparg 1: _PyList_AppendTakeRef(self, arg); decrefs self and the "
              # "method; performs and skips the following CALL and POP_TOP (pushes nothing)";
  let cBody = [{
    assert(KWNAMES == NULL);
    assert(oparg == 1);
    /* _PyList_AppendTakeRef(self, arg) with a borrowed arg: PyList_Append
       takes its own reference (_PyList_AppendTakeRefListResize is hidden). */
    ERROR_IF(PyList_Append(callable, args[0]) < 0);
  }];
}
def Uop_GuardMethodDescrOOp : Uop<"GUARD_METHOD_DESCR_O",
                                  (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                  (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                  [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_O and the first argument, self, is exactly of its d_type";
  let cBody = [{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args = (int)oparg + (method != NULL);
    DEOPT_IF(total_args < 1);
    DEOPT_IF(!Py_IS_TYPE(descr, &PyMethodDescr_Type));
    DEOPT_IF(descr->d_method->ml_flags != METH_O);
    PyObject *self = method != NULL ? callable : args[0];
    DEOPT_IF(!Py_IS_TYPE(self, descr->d_common.d_type));
  }];
}
def Uop_GuardMethodDescrFastKwOp : Uop<"GUARD_METHOD_DESCR_FAST_KW",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_FASTCALL | METH_KEYWORDS and the first argument, self, is "
              # "exactly of its d_type";
  let cBody = [{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args = (int)oparg + (method != NULL);
    DEOPT_IF(total_args < 1);
    DEOPT_IF(!Py_IS_TYPE(descr, &PyMethodDescr_Type));
    DEOPT_IF(descr->d_method->ml_flags != (METH_FASTCALL | METH_KEYWORDS));
    PyObject *self = method != NULL ? callable : args[0];
    DEOPT_IF(!Py_IS_TYPE(self, descr->d_common.d_type));
  }];
}
def Uop_GuardMethodDescrNoargsOp : Uop<"GUARD_METHOD_DESCR_NOARGS",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_NOARGS and the first argument, self, is exactly of its "
              # "d_type";
  let cBody = [{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args = (int)oparg + (method != NULL);
    DEOPT_IF(total_args < 1);
    DEOPT_IF(!Py_IS_TYPE(descr, &PyMethodDescr_Type));
    PyObject *self = method != NULL ? callable : args[0];
    DEOPT_IF(!Py_IS_TYPE(self, descr->d_common.d_type));
    DEOPT_IF(descr->d_method->ml_flags != METH_NOARGS);
  }];
}
def Uop_GuardMethodDescrFastOp : Uop<"GUARD_METHOD_DESCR_FAST",
                                     (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                     (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                     [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_FASTCALL and the first argument, self, is exactly of its "
              # "d_type";
  let cBody = [{
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args = (int)oparg + (method != NULL);
    DEOPT_IF(total_args < 1);
    DEOPT_IF(!Py_IS_TYPE(descr, &PyMethodDescr_Type));
    DEOPT_IF(descr->d_method->ml_flags != METH_FASTCALL);
    PyObject *self = method != NULL ? callable : args[0];
    DEOPT_IF(!Py_IS_TYPE(self, descr->d_common.d_type));
  }];
}
def Uop_PrecallNoKwMethodDescriptorOOp : Uop<"PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
                                             (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                             (outs obj:$res),
                                             [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_O method of the descriptor on (self, arg), with the recursion "
              # "check; decrefs self, arg and descriptor; performs and skips the following CALL; "
              # "checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    assert(total_args == 2);
    (void)total_args;
    PyObject *self = vec[0];
    PyObject *arg = vec[1];
    PyCFunction cfunc = descr->d_method->ml_meth;
    /* This is slower but CPython promises to check all non-vectorcall
       function calls. */
    ERROR_IF(_Py_EnterRecursiveCallTstate(tstate, " while calling a Python object"));
    res = _PyCFunction_TrampolineCall(cfunc, self, arg);
    _Py_LeaveRecursiveCallTstate(tstate);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallMethodDescriptorFastWithKeywordsOp : Uop<
    "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL|METH_KEYWORDS method on (self, other args, nargs - "
              # "len(kwnames), kwnames), kwnames then cleared; decrefs args and descriptor; "
              # "performs and skips the following CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    PyObject *self = vec[0];
    int nargs = total_args - 1;
    int kwnames_len = KWNAMES == NULL ? 0 : (int)PyTuple_GET_SIZE(KWNAMES);
    _PyCFunctionFastWithKeywords cfunc =
        (_PyCFunctionFastWithKeywords)(void (*)(void))descr->d_method->ml_meth;
    res = cfunc(self, vec + 1, nargs - kwnames_len, KWNAMES);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    KWNAMES = NULL;
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwMethodDescriptorNoargsOp : Uop<
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_NOARGS method of the descriptor on (self, NULL), with the "
              # "recursion check; decrefs self and descriptor; performs and skips the following "
              # "CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    /* the one argument, self: the callable slot for a method call, else
       args[0] */
    PyObject *self = method != NULL ? callable : args[0];
    PyCFunction cfunc = descr->d_method->ml_meth;
    /* This is slower but CPython promises to check all non-vectorcall
       function calls. */
    ERROR_IF(_Py_EnterRecursiveCallTstate(tstate, " while calling a Python object"));
    res = _PyCFunction_TrampolineCall(cfunc, self, NULL);
    _Py_LeaveRecursiveCallTstate(tstate);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_PrecallNoKwMethodDescriptorFastOp : Uop<
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL method on (self, other args, nargs); decrefs args and "
              # "descriptor; performs and skips the following CALL; checks the eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(KWNAMES == NULL);
    PyMethodDescrObject *descr = (PyMethodDescrObject *)UOPJIT_CALLEE(method, callable);
    int total_args;
    PyObject **vec = uopjit_call_args(method, callable, args, args_count, &total_args);
    PyObject *self = vec[0];
    int nargs = total_args - 1;
    _PyCFunctionFast cfunc = (_PyCFunctionFast)(void (*)(void))descr->d_method->ml_meth;
    res = cfunc(self, vec + 1, nargs);
    assert((res != NULL) ^ (_PyErr_Occurred(tstate) != NULL));
    HANDLE_BREAKER_AFTER_CALL(res);
    ERROR_IF(res == NULL);
  }];
}
def Uop_CallFunctionExOp : Uop<"CALL_FUNCTION_EX",
                               (ins obj:$null, obj:$func, obj:$callargs, Cond<"oparg & 1">:$kwargs),
                               (outs obj:$result), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "result = func(*callargs, **kwargs) (kwargs copied into a dict unless an exact "
              # "dict, callargs made a tuple unless an exact tuple); decrefs inputs; checks the "
              # "eval breaker";
  let cBody = [{
    DEOPT_IF(BREAKER_PENDING());
    assert(null == NULL);
    result = uopjit_call_function_ex(tstate, func, callargs, kwargs);
    HANDLE_BREAKER_AFTER_CALL(result);
    ERROR_IF(result == NULL);
  }];
}

#endif
