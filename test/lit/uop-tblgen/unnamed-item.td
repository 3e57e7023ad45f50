// Every stack item has a name.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins obj), (outs), [], [UopPure]> { let summary = "a"; }
// CHECK: error: stack item 0 of stackIn has no $name
