//===- Call.td - PRECALL / CALL and their guards -----------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CALL_TD
#define UOPJIT_IR_CATALOG_CALL_TD

def Uop_KwNamesOp : Uop<"KW_NAMES", (ins), (outs), [ImmOparg], [UopFrame]> {
  let summary = "sets the call shape's kwnames to co_consts[oparg] (a tuple of keyword names) for "
              # "the next PRECALL/CALL";
}
def Uop_PrecallOp : Uop<"PRECALL", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                        (outs obj:$meth, obj:$self_or_callable, Array<"oparg">:$args),
                        [ImmOparg], []> {
  let summary = "when method is NULL and callable is a bound method object, replaces (NULL, "
              # "callable) by (callable.__func__, callable.__self__); else leaves the stack as it "
              # "is";
}
def Uop_GuardNotMethodOp : Uop<"GUARD_NOT_METHOD",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless method is NULL, i.e. not a LOAD_METHOD method call "
              # "(is_method(stack_pointer, oparg) is false)";
}
def Uop_GuardBoundMethodOp : Uop<"GUARD_BOUND_METHOD",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                 [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless type(callable) is exactly PyMethod_Type";
}
def Uop_PrecallBoundMethodOp : Uop<"PRECALL_BOUND_METHOD",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$meth, obj:$self, Array<"oparg">:$args),
                                   [ImmOparg], []> {
  let summary = "replaces (NULL, bound method callable) by (its __func__, its __self__) (new "
              # "references); decrefs the bound method";
}
def Uop_GuardCalleeFunctionOp : Uop<"GUARD_CALLEE_FUNCTION",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                    [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is exactly a "
              # "Python function (PyFunction_Type)";
}
def Uop_CallOp : Uop<"CALL", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                     (outs obj:$res), [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "calls the callee (method with self = callable when method is non-NULL, else "
              # "callable) with the args and the call shape's kwnames (then cleared); decrefs "
              # "callee and args; checks the eval breaker after a non-Python call";
}
def Uop_GuardNoEvalFrameHookOp : Uop<"GUARD_NO_EVAL_FRAME_HOOK", (ins), (outs), [], [UopGuard]> {
  let summary = "deoptimizes when tstate->interp->eval_frame (a PEP 523 frame evaluator) is set";
}
def Uop_GuardFunctionVersionOp : Uop<"GUARD_FUNCTION_VERSION",
                                     (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                     (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                     [ImmOparg, ImmFuncVersion], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is a function "
              # "(PyFunction_Check) with func_version == func_version";
}
def Uop_GuardExactArgcountOp : Uop<"GUARD_EXACT_ARGCOUNT",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                   [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee's co_argcount == oparg + (method != NULL)";
}
def Uop_CallPyExactArgsOp : Uop<"CALL_PY_EXACT_ARGS",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes a frame for the Python function callee with the oparg + (method != NULL) "
              # "arguments (stolen; other locals NULL) and runs it; res is its return value; "
              # "MemoryError when no frame";
}
def Uop_GuardArgcountRangeOp : Uop<"GUARD_ARGCOUNT_RANGE",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                   [ImmOparg, ImmMinArgs], [UopGuard]> {
  let summary = "deoptimizes unless min_args <= oparg + (method != NULL) <= the callee's "
              # "co_argcount";
}
def Uop_CallPyWithDefaultsOp : Uop<"CALL_PY_WITH_DEFAULTS",
                                   (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                   (outs obj:$res),
                                   [ImmOparg, ImmMinArgs], [UopError, UopEscapes]> {
  let summary = "like CALL_PY_EXACT_ARGS, filling the missing positional parameters i from "
              # "func_defaults[i - min_args]; res is the return value";
}
def Uop_GuardOneArgOp : Uop<"GUARD_ONE_ARG", (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                            (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                            [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless oparg + (method != NULL) == 1";
}
def Uop_GuardTwoArgsOp : Uop<"GUARD_TWO_ARGS",
                             (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                             (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                             [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless oparg + (method != NULL) == 2";
}
def Uop_GuardCalleeTypeOp : Uop<"GUARD_CALLEE_TYPE",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyType_Type";
}
def Uop_GuardCalleeStrOp : Uop<"GUARD_CALLEE_STR",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyUnicode_Type";
}
def Uop_GuardCalleeTupleOp : Uop<"GUARD_CALLEE_TUPLE",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                 [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is "
              # "&PyTuple_Type";
}
def Uop_GuardCalleeLenOp : Uop<"GUARD_CALLEE_LEN",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                               [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is the "
              # "builtin len (interp->callable_cache.len)";
}
def Uop_GuardCalleeIsinstanceOp : Uop<"GUARD_CALLEE_ISINSTANCE",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                      [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is the "
              # "builtin isinstance (interp->callable_cache.isinstance)";
}
def Uop_PrecallNoKwType1Op : Uop<"PRECALL_NO_KW_TYPE_1",
                                 (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                 (outs obj:$res), [ImmOparg], [UopEscapes]> {
  let summary = "type(arg), oparg 1: res = new reference to Py_TYPE(arg); decrefs arg and type; "
              # "performs and skips the following CALL";
}
def Uop_PrecallNoKwStr1Op : Uop<"PRECALL_NO_KW_STR_1",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$res), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "str(arg), oparg 1: res = PyObject_Str(arg); decrefs arg and str; performs and "
              # "skips the following CALL; checks the eval breaker";
}
def Uop_PrecallNoKwTuple1Op : Uop<"PRECALL_NO_KW_TUPLE_1",
                                  (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                  (outs obj:$res), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "tuple(arg), oparg 1: res = PySequence_Tuple(arg); decrefs arg and tuple; performs "
              # "and skips the following CALL; checks the eval breaker";
}
def Uop_GuardCalleeBuiltinClassOp : Uop<"GUARD_CALLEE_BUILTIN_CLASS",
                                        (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                        (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                        [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is a type "
              # "(PyType_Check) with a tp_vectorcall";
}
def Uop_PrecallBuiltinClassOp : Uop<"PRECALL_BUILTIN_CLASS",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$res),
                                    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = tp_vectorcall of the callee type on the arguments with the call shape's "
              # "kwnames (then cleared); decrefs args and type; performs and skips the following "
              # "CALL; checks the eval breaker";
}
def Uop_GuardCalleeBuiltinOOp : Uop<"GUARD_CALLEE_BUILTIN_O",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                    [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_O";
}
def Uop_GuardCalleeBuiltinFastOp : Uop<"GUARD_CALLEE_BUILTIN_FAST",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_FASTCALL";
}
def Uop_GuardCalleeBuiltinFastKwOp : Uop<"GUARD_CALLEE_BUILTIN_FAST_KW",
                                         (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                         (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                         [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee (method when non-NULL, else callable) is an exact "
              # "builtin function (PyCFunction_CheckExact) with ml_flags == METH_FASTCALL | "
              # "METH_KEYWORDS";
}
def Uop_PrecallNoKwBuiltinOOp : Uop<"PRECALL_NO_KW_BUILTIN_O",
                                    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                    (outs obj:$res),
                                    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_O C function of the callee on (its self, the one argument), with "
              # "the recursion check; decrefs arg and callee; performs and skips the following "
              # "CALL; checks the eval breaker";
}
def Uop_PrecallNoKwBuiltinFastOp : Uop<"PRECALL_NO_KW_BUILTIN_FAST",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$res),
                                       [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL C function of the callee on (its self, args, nargs); "
              # "decrefs args and callee; performs and skips the following CALL; checks the eval "
              # "breaker";
}
def Uop_PrecallBuiltinFastWithKeywordsOp : Uop<
    "PRECALL_BUILTIN_FAST_WITH_KEYWORDS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL|METH_KEYWORDS C function of the callee on (its self, "
              # "args, nargs - len(kwnames), kwnames), kwnames then cleared; decrefs args and "
              # "callee; performs and skips the following CALL; checks the eval breaker";
}
def Uop_PrecallNoKwLenOp : Uop<"PRECALL_NO_KW_LEN",
                               (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                               (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "len(arg): res = PyLong_FromSsize_t(PyObject_Length(arg)); decrefs arg and len; "
              # "performs and skips the following CALL";
}
def Uop_PrecallNoKwIsinstanceOp : Uop<"PRECALL_NO_KW_ISINSTANCE",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs obj:$res), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "isinstance(inst, cls): res = PyBool_FromLong(PyObject_IsInstance(inst, cls)); "
              # "decrefs inst, cls and isinstance; performs and skips the following CALL";
}
def Uop_GuardListAppendOp : Uop<"GUARD_LIST_APPEND",
                                (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless method is list.append (interp->callable_cache.list_append) and "
              # "self, the callable slot, is a list (PyList_Check)";
}
def Uop_PrecallNoKwListAppendOp : Uop<"PRECALL_NO_KW_LIST_APPEND",
                                      (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                      (outs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "self.append(arg), oparg 1: _PyList_AppendTakeRef(self, arg); decrefs self and the "
              # "method; performs and skips the following CALL and POP_TOP (pushes nothing)";
}
def Uop_GuardMethodDescrOOp : Uop<"GUARD_METHOD_DESCR_O",
                                  (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                  (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                  [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_O and the first argument, self, is exactly of its d_type";
}
def Uop_GuardMethodDescrFastKwOp : Uop<"GUARD_METHOD_DESCR_FAST_KW",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_FASTCALL | METH_KEYWORDS and the first argument, self, is "
              # "exactly of its d_type";
}
def Uop_GuardMethodDescrNoargsOp : Uop<"GUARD_METHOD_DESCR_NOARGS",
                                       (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                       (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                       [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_NOARGS and the first argument, self, is exactly of its "
              # "d_type";
}
def Uop_GuardMethodDescrFastOp : Uop<"GUARD_METHOD_DESCR_FAST",
                                     (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                     (outs obj:$method, obj:$callable, Array<"oparg">:$args),
                                     [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless the callee is a method descriptor (exact PyMethodDescr_Type) "
              # "with ml_flags == METH_FASTCALL and the first argument, self, is exactly of its "
              # "d_type";
}
def Uop_PrecallNoKwMethodDescriptorOOp : Uop<"PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
                                             (ins obj:$method, obj:$callable, Array<"oparg">:$args),
                                             (outs obj:$res),
                                             [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_O method of the descriptor on (self, arg), with the recursion "
              # "check; decrefs self, arg and descriptor; performs and skips the following CALL; "
              # "checks the eval breaker";
}
def Uop_PrecallMethodDescriptorFastWithKeywordsOp : Uop<
    "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopFrame, UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL|METH_KEYWORDS method on (self, other args, nargs - "
              # "len(kwnames), kwnames), kwnames then cleared; decrefs args and descriptor; "
              # "performs and skips the following CALL; checks the eval breaker";
}
def Uop_PrecallNoKwMethodDescriptorNoargsOp : Uop<
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_NOARGS method of the descriptor on (self, NULL), with the "
              # "recursion check; decrefs self and descriptor; performs and skips the following "
              # "CALL; checks the eval breaker";
}
def Uop_PrecallNoKwMethodDescriptorFastOp : Uop<
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
    (ins obj:$method, obj:$callable, Array<"oparg">:$args),
    (outs obj:$res),
    [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "res = the METH_FASTCALL method on (self, other args, nargs); decrefs args and "
              # "descriptor; performs and skips the following CALL; checks the eval breaker";
}
def Uop_CallFunctionExOp : Uop<"CALL_FUNCTION_EX",
                               (ins obj:$null, obj:$func, obj:$callargs, Cond<"oparg & 1">:$kwargs),
                               (outs obj:$result), [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "result = func(*callargs, **kwargs) (kwargs copied into a dict unless an exact "
              # "dict, callargs made a tuple unless an exact tuple); decrefs inputs; checks the "
              # "eval breaker";
}

#endif
