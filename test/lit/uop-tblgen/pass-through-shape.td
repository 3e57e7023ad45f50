// A slot passed through keeps its shape.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins Array<"oparg">:$x), (outs obj:$x), [ImmOparg], [UopPure]> { let summary = "a"; }
// CHECK: error: $x of A is passed through with another shape
