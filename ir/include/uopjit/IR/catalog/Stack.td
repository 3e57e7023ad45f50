//===- Stack.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_STACK_TD
#define UOPJIT_IR_CATALOG_STACK_TD


def Uop_NopOp : Uop<"NOP", (ins), (outs), [], [UopPure]> {
  let summary = "does nothing";
}
def Uop_PopTopOp : Uop<"POP_TOP", (ins obj:$value), (outs), [], [UopEscapes]> {
  let summary = "drops the top of the stack (its decref may run __del__)";
}
def Uop_LoadFastOp : Uop<"LOAD_FAST", (ins), (outs obj:$value), [ImmOparg],
                         [UopLocalRd, UopError]> {
  let summary = "pushes local oparg; UnboundLocalError when it is unbound";
}
def Uop_StoreFastOp : Uop<"STORE_FAST", (ins obj:$value), (outs), [ImmOparg],
                          [UopLocalWr, UopEscapes]> {
  let summary = "pops into local oparg (decref of the old value may run __del__)";
}
def Uop_CopyOp : Uop<"COPY", (ins obj:$bottom, Array<"oparg - 1">:$unused),
                     (outs obj:$bottom, Array<"oparg - 1">:$unused, obj:$top),
                     [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to the oparg-th item from the top";
}

#endif
