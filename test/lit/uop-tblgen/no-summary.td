// Every uop must say what it does.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins), (outs), [], [UopPure]>;
def : Instr<"NOP", 9, [Uop_AOp]>;
// CHECK: error: uop A has no summary
