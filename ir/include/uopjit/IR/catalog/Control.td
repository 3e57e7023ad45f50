//===- Control.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CONTROL_TD
#define UOPJIT_IR_CATALOG_CONTROL_TD


def Uop_ReturnValueOp : Uop<"RETURN_VALUE", (ins obj:$retval), (outs), [], [UopExit]> {
  let summary = "returns the top of the stack to the caller";
}
def Uop_PopJumpForwardIfFalseOp : Uop<"POP_JUMP_FORWARD_IF_FALSE", (ins obj:$cond), (outs),
                                      [ImmOparg], [UopJump, UopError, UopEscapes]> {
  let summary = "pops cond and jumps forward by oparg when it is false (may call __bool__)";
}

#endif
