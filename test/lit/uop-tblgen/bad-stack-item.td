// Stack items are obj, Array<..> or Cond<..>.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins I32:$x), (outs), [], [UopPure]> { let summary = "a"; }
// CHECK: error: stack item $x has kind I32; expected obj, Array<..>, Cond<..>, ToLocal<..> or ToFreeVars<..>
