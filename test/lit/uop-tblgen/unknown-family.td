// A specialized form names an existing generic instruction.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins), (outs), [], [UopPure]> { let summary = "a"; }
def : Instr<"NOP_FAST", 9, [Uop_AOp]> { let family = "NOPE"; }
// CHECK: error: family NOPE of NOP_FAST is not an instruction
