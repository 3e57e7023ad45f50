//===- Gen.td - generators, coroutines and async iteration ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_GEN_TD
#define UOPJIT_IR_CATALOG_GEN_TD

def Uop_YieldValueOp : Uop<"YIELD_VALUE", (ins obj:$value), (outs obj:$sent), [], [UopSuspend]> {
  let summary = "suspends the generator (FRAME_SUSPENDED) handing value to its caller; the resume "
              # "block starts with uop.resume, which produces the sent value";
}
def Uop_SendOp : Uop<"SEND", (ins obj:$receiver, obj:$v), (outs obj:$receiver, obj:$retval),
                     [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let stackOutTaken = (outs obj:$retval);
  let summary = "PyIter_Send(receiver, v): pushes the yielded retval; when receiver returns, "
              # "replaces receiver, v by its return value and jumps forward by oparg (taken: "
              # "receiver, v -- retval); decrefs v";
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
}
def Uop_GetAiterOp : Uop<"GET_AITER", (ins obj:$obj), (outs obj:$iter),
                         [], [UopError, UopEscapes]> {
  let summary = "iter = type(obj).__aiter__(obj) (TypeError when missing or when iter has no "
              # "__anext__); decrefs obj";
}
def Uop_GetAnextOp : Uop<"GET_ANEXT", (ins obj:$aiter), (outs obj:$aiter, obj:$awaitable),
                         [], [UopError, UopEscapes]> {
  let summary = "pushes awaitable = __anext__(aiter), made awaitable by _PyCoro_GetAwaitableIter "
              # "unless aiter is an exact async generator";
}
def Uop_GetYieldFromIterOp : Uop<"GET_YIELD_FROM_ITER", (ins obj:$iterable), (outs obj:$iter),
                                 [], [UopError, UopEscapes]> {
  let summary = "keeps a generator or (in coroutine code) a coroutine as is, TypeError for a "
              # "coroutine in a plain generator, else iter = PyObject_GetIter(iterable)";
}
def Uop_AsyncGenWrapOp : Uop<"ASYNC_GEN_WRAP", (ins obj:$v), (outs obj:$w), [], [UopError]> {
  let summary = "w = _PyAsyncGenValueWrapperNew(v) (the value an async generator yields); decrefs "
              # "v; MemoryError only";
}
def Uop_BeforeAsyncWithOp : Uop<"BEFORE_ASYNC_WITH", (ins obj:$mgr), (outs obj:$exit, obj:$res),
                                [], [UopError, UopEscapes]> {
  let summary = "looks up __aenter__ and __aexit__ (TypeError when missing), replaces mgr by the "
              # "bound __aexit__ and pushes res = __aenter__()";
}
def Uop_EndAsyncForOp : Uop<"END_ASYNC_FOR", (ins obj:$aiter, obj:$exc), (outs),
                            [], [UopError, UopEscapes]> {
  let summary = "when exc is a StopAsyncIteration pops and decrefs exc and aiter; otherwise "
              # "re-raises exc";
}

#endif
