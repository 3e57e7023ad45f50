//===- Stack.td - locals, constants, cells and stack shuffles ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_STACK_TD
#define UOPJIT_IR_CATALOG_STACK_TD

def Uop_NopOp : Uop<"NOP", (ins), (outs), [], [UopPure]> {
  let summary = "does nothing";
}
def Uop_PopTopOp : Uop<"POP_TOP", (ins obj:$value), (outs), [], [UopEscapes]> {
  let summary = "pops value and decrefs it (the decref may run __del__)";
}
def Uop_PushNullOp : Uop<"PUSH_NULL", (ins), (outs obj:$null), [], [UopPure]> {
  let summary = "pushes NULL (the slot below a callable that is not a method call)";
}
def Uop_LoadConstOp : Uop<"LOAD_CONST", (ins), (outs obj:$value), [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to co_consts[oparg]";
}
def Uop_LoadFastOp : Uop<"LOAD_FAST", (ins), (outs obj:$value),
                         [ImmOparg], [UopLocalRd, UopError]> {
  let summary = "pushes a new reference to localsplus[oparg]; UnboundLocalError when it is NULL "
              # "(3.11 checks every LOAD_FAST)";
}
def Uop_StoreFastOp : Uop<"STORE_FAST", (ins obj:$value), (outs),
                          [ImmOparg], [UopLocalWr, UopEscapes]> {
  let summary = "pops value into localsplus[oparg] and decrefs the old value (may run __del__)";
}
def Uop_DeleteFastOp : Uop<"DELETE_FAST", (ins), (outs),
                           [ImmOparg], [UopLocalRd, UopLocalWr, UopError, UopEscapes]> {
  let summary = "sets localsplus[oparg] to NULL and decrefs its value; UnboundLocalError when it "
              # "is already NULL";
}
def Uop_CopyOp : Uop<"COPY", (ins obj:$bottom, Array<"oparg - 1">:$unused),
                     (outs obj:$bottom, Array<"oparg - 1">:$unused, obj:$top),
                     [ImmOparg], [UopPure]> {
  let summary = "pushes a new reference to the oparg-th item from the top (oparg >= 1)";
}
def Uop_SwapOp : Uop<"SWAP", (ins obj:$bottom, Array<"oparg - 2">:$unused, obj:$top),
                     (outs obj:$top, Array<"oparg - 2">:$unused, obj:$bottom),
                     [ImmOparg], [UopPure]> {
  let summary = "exchanges the top item with the oparg-th item from the top (oparg >= 2)";
}
def Uop_ExtendedArgOp : Uop<"EXTENDED_ARG", (ins), (outs), [ImmOparg], [UopPure]> {
  let summary = "prefix: the frontend folds oparg << 8 into the next instruction's oparg; does "
              # "nothing at run time";
}
def Uop_LoadClosureOp : Uop<"LOAD_CLOSURE", (ins), (outs obj:$value),
                            [ImmOparg], [UopLocalRd, UopFrame, UopError]> {
  let summary = "pushes a new reference to the cell in localsplus[oparg]; UnboundLocalError when "
              # "the slot is NULL";
}
def Uop_LoadDerefOp : Uop<"LOAD_DEREF", (ins), (outs obj:$value),
                          [ImmOparg], [UopLocalRd, UopFrame, UopError]> {
  let summary = "pushes a new reference to the contents of the cell in localsplus[oparg]; "
              # "NameError/UnboundLocalError when the cell is empty";
}
def Uop_StoreDerefOp : Uop<"STORE_DEREF", (ins obj:$v), (outs),
                           [ImmOparg], [UopLocalRd, UopFrame, UopEscapes]> {
  let summary = "pops v into the cell in localsplus[oparg] and decrefs the cell's old contents "
              # "(may run __del__)";
}
def Uop_DeleteDerefOp : Uop<"DELETE_DEREF", (ins), (outs),
                            [ImmOparg], [UopLocalRd, UopFrame, UopError, UopEscapes]> {
  let summary = "empties the cell in localsplus[oparg] and decrefs its contents; "
              # "NameError/UnboundLocalError when already empty";
}
def Uop_LoadClassderefOp : Uop<"LOAD_CLASSDEREF", (ins), (outs obj:$value),
                               [ImmOparg], [UopLocalRd, UopFrame, UopError, UopEscapes]> {
  let summary = "pushes f_locals[co_localsplusnames[oparg]] (PyObject_GetItem when f_locals is not "
              # "a dict), else the contents of the cell in localsplus[oparg]; NameError when empty";
}
def Uop_MakeCellOp : Uop<"MAKE_CELL", (ins), (outs ToLocal<"oparg">:$cell),
                         [ImmOparg], [UopLocalRd, UopLocalWr, UopFrame, UopError]> {
  let summary = "replaces localsplus[oparg] by a new cell holding its current value (which may be "
              # "NULL); MemoryError only";
}
def Uop_CopyFreeVarsOp : Uop<"COPY_FREE_VARS", (ins), (outs ToFreeVars<"oparg">:$cells),
                             [ImmOparg], [UopFrame]> {
  let summary = "copies (increfs) the oparg cells of f_func->func_closure into the free-variable "
              # "slots localsplus[co_nlocals + co_nplaincellvars + i]";
}

#endif
