// Two instructions cannot share an opcode.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins), (outs), [], [UopPure]> { let summary = "a"; }
def : Instr<"NOP", 9, [Uop_AOp]>;
def : Instr<"OTHER", 9, [Uop_AOp]>;
// CHECK: error: opcode 9 of OTHER is already used by NOP
