// Uop names are unique.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins), (outs), [], [UopPure]> { let summary = "a"; }
def Uop_BOp : Uop<"A", (ins), (outs), [], [UopPure]> { let summary = "b"; }
// CHECK: error: uop A defined twice
