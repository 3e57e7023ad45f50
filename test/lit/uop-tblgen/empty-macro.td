// An instruction is at least one uop.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def : Instr<"NOP", 9, []>;
// CHECK: error: instruction NOP has no uops
