// A uop may read the oparg of the next instruction only when its instruction
// also runs that one; the table marks the source as -2.
// RUN: uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s | FileCheck %s
// RUN: not uop-tblgen -gen-uop-tables -DBAD -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s --check-prefix=BAD
include "uopjit/IR/UopBase.td"

def Uop_StoreOp : Uop<"STORE_IT", (ins obj:$v), (outs), [ImmNextOparg], [UopLocalWr, UopEscapes]> {
  let summary = "stores into the local the next STORE_FAST names";
}
def Uop_PlainOp : Uop<"PLAIN", (ins obj:$v), (outs), [ImmOparg], [UopLocalWr, UopEscapes]> {
  let summary = "stores";
}
def : Instr<"STORE_FAST", 125, [Uop_PlainOp]>;
#ifdef BAD
def : Instr<"FUSED", 7, [Uop_StoreOp]>;
#else
def : Instr<"FUSED", 7, [Uop_StoreOp]> { let alsoRuns = ["STORE_FAST"]; }
#endif

// CHECK: static const ImmSource FUSED_imm0[] = {{[{][{]}}ImmKind::next_oparg, -2, 0},
// BAD: error: uop STORE_IT of FUSED reads next_oparg, but FUSED is no superinstruction and runs no next instruction (alsoRuns)
