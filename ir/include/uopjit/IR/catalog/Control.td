//===- Control.td - jumps, iteration, returns and exceptions ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CONTROL_TD
#define UOPJIT_IR_CATALOG_CONTROL_TD

def Uop_ReturnValueOp : Uop<"RETURN_VALUE", (ins obj:$retval), (outs), [], [UopExit, UopEscapes]> {
  let summary = "returns retval to the caller and clears the frame (decrefs of the locals may run "
              # "__del__)";
}
def Uop_ResumeCheckOp : Uop<"RESUME_CHECK", (ins), (outs),
                            [ImmOparg], [UopBreaker, UopError, UopEscapes]> {
  let summary = "RESUME: when oparg < 2 (function start, after yield) handles a pending eval "
              # "breaker (signals, pending calls, GIL drop, async exception)";
}
def Uop_JumpForwardOp : Uop<"JUMP_FORWARD", (ins), (outs), [ImmOparg], [UopJump]> {
  let summary = "jumps forward by oparg code units (always taken)";
}
def Uop_JumpBackwardOp : Uop<"JUMP_BACKWARD", (ins), (outs),
                             [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "jumps backward by oparg code units (always taken), then handles a pending eval "
              # "breaker";
}
def Uop_JumpBackwardNoInterruptOp : Uop<"JUMP_BACKWARD_NO_INTERRUPT", (ins), (outs),
                                        [ImmOparg], [UopJumpBack]> {
  let summary = "jumps backward by oparg code units without checking the eval breaker (the "
              # "yield-from/await loop)";
}
def Uop_PopJumpForwardIfFalseOp : Uop<"POP_JUMP_FORWARD_IF_FALSE", (ins obj:$cond), (outs),
                                      [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let summary = "pops cond and jumps forward by oparg when it is false (PyObject_IsTrue unless a "
              # "bool, may call __bool__); pops in both paths";
}
def Uop_PopJumpForwardIfTrueOp : Uop<"POP_JUMP_FORWARD_IF_TRUE", (ins obj:$cond), (outs),
                                     [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let summary = "pops cond and jumps forward by oparg when it is true (PyObject_IsTrue unless a "
              # "bool, may call __bool__); pops in both paths";
}
def Uop_PopJumpForwardIfNoneOp : Uop<"POP_JUMP_FORWARD_IF_NONE", (ins obj:$value), (outs),
                                     [ImmOparg], [UopJump, UopEscapes]> {
  let summary = "pops value (decref may run __del__) and jumps forward by oparg when it is None; "
              # "pops in both paths";
}
def Uop_PopJumpForwardIfNotNoneOp : Uop<"POP_JUMP_FORWARD_IF_NOT_NONE", (ins obj:$value), (outs),
                                        [ImmOparg], [UopJump, UopEscapes]> {
  let summary = "pops value (decref may run __del__) and jumps forward by oparg when it is not "
              # "None; pops in both paths";
}
def Uop_PopJumpBackwardIfFalseOp : Uop<
    "POP_JUMP_BACKWARD_IF_FALSE",
    (ins obj:$cond),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops cond and jumps backward by oparg when it is false (PyObject_IsTrue unless a "
              # "bool, may call __bool__), then checks the eval breaker; pops in both paths";
}
def Uop_PopJumpBackwardIfTrueOp : Uop<
    "POP_JUMP_BACKWARD_IF_TRUE",
    (ins obj:$cond),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops cond and jumps backward by oparg when it is true (PyObject_IsTrue unless a "
              # "bool, may call __bool__), then checks the eval breaker; pops in both paths";
}
def Uop_PopJumpBackwardIfNoneOp : Uop<
    "POP_JUMP_BACKWARD_IF_NONE",
    (ins obj:$value),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops value (decref may run __del__) and jumps backward by oparg when it is None, "
              # "then checks the eval breaker; pops in both paths";
}
def Uop_PopJumpBackwardIfNotNoneOp : Uop<
    "POP_JUMP_BACKWARD_IF_NOT_NONE",
    (ins obj:$value),
    (outs),
    [ImmOparg], [UopJumpBack, UopBreaker, UopError, UopEscapes]> {
  let summary = "pops value (decref may run __del__) and jumps backward by oparg when it is not "
              # "None, then checks the eval breaker; pops in both paths";
}
def Uop_JumpIfFalseOrPopOp : Uop<"JUMP_IF_FALSE_OR_POP", (ins obj:$cond), (outs),
                                 [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$cond);
  let summary = "when cond is false jumps forward by oparg keeping cond (taken: cond -- cond); "
              # "else pops and decrefs it (PyObject_IsTrue may call __bool__)";
}
def Uop_JumpIfTrueOrPopOp : Uop<"JUMP_IF_TRUE_OR_POP", (ins obj:$cond), (outs),
                                [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$cond);
  let summary = "when cond is true jumps forward by oparg keeping cond (taken: cond -- cond); else "
              # "pops and decrefs it (PyObject_IsTrue may call __bool__)";
}
def Uop_GetIterOp : Uop<"GET_ITER", (ins obj:$iterable), (outs obj:$iter),
                        [], [UopError, UopEscapes]> {
  let summary = "iter = PyObject_GetIter(iterable); decrefs iterable";
}
def Uop_ForIterOp : Uop<"FOR_ITER", (ins obj:$iter), (outs obj:$iter, obj:$next),
                        [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs);
  let summary = "pushes next = tp_iternext(iter); when exhausted (StopIteration cleared) pops and "
              # "decrefs iter and jumps forward by oparg (taken: iter -- )";
}
def Uop_RaiseVarargsOp : Uop<"RAISE_VARARGS", (ins Array<"oparg">:$args), (outs),
                             [ImmOparg], [UopExit, UopError, UopEscapes]> {
  let summary = "raise (oparg 0: re-raise the handled exception; 1: raise args[0]; 2: raise "
              # "args[0] from args[1]); always unwinds";
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
}
def Uop_PopExceptOp : Uop<"POP_EXCEPT", (ins obj:$exc_value), (outs), [], [UopFrame, UopEscapes]> {
  let summary = "restores exc_info->exc_value from exc_value and decrefs the exception it replaces";
}
def Uop_CheckExcMatchOp : Uop<"CHECK_EXC_MATCH", (ins obj:$left, obj:$right),
                              (outs obj:$left, obj:$b), [], [UopError, UopEscapes]> {
  let summary = "b = Py_True/Py_False for PyErr_GivenExceptionMatches(left, right) (TypeError when "
              # "right is not an exception class or tuple of them); decrefs right";
}
def Uop_CheckEgMatchOp : Uop<"CHECK_EG_MATCH", (ins obj:$exc_value, obj:$match_type),
                             (outs obj:$rest, obj:$match), [], [UopFrame, UopError, UopEscapes]> {
  let summary = "except*: splits exc_value by match_type; on no match pushes None keeping "
              # "exc_value as rest, else (rest, match) and makes match the handled exception";
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
}
def Uop_BeforeWithOp : Uop<"BEFORE_WITH", (ins obj:$mgr), (outs obj:$exit, obj:$res),
                           [], [UopError, UopEscapes]> {
  let summary = "looks up __enter__ and __exit__ on type(mgr) (TypeError when missing), replaces "
              # "mgr by the bound __exit__ and pushes res = __enter__()";
}

#endif
