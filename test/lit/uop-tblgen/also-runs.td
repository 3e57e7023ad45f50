// An instruction that also runs the next one records it, and a jump's
// taken-path stack is emitted beside the fall-through one.
// RUN: uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s | FileCheck %s
// RUN: not uop-tblgen -gen-uop-tables -DBAD_NEXT -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s --check-prefix=BAD-NEXT
// RUN: not uop-tblgen -gen-uop-tables -DBAD_TAKEN -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s --check-prefix=BAD-TAKEN
include "uopjit/IR/UopBase.td"

def Uop_IterOp : Uop<"ITER", (ins obj:$iter), (outs obj:$iter, obj:$next), [ImmOparg],
                     [UopJump, UopError]> {
  let summary = "next or jump";
  let stackOutTaken = (outs);
}
def Uop_CallOp : Uop<"CALL_IT", (ins obj:$f), (outs obj:$r), [], [UopError, UopEscapes]> {
  let summary = "calls";
}
def : Instr<"FOR_ITER", 93, [Uop_IterOp]>;
def : Instr<"CALL", 171, [Uop_CallOp]>;
def : Instr<"PRECALL", 166, [Uop_CallOp]> {
#ifdef BAD_NEXT
  let alsoRuns = ["NO_SUCH_INSTR"];
#else
  let alsoRuns = ["CALL"];
#endif
}
#ifdef BAD_TAKEN
def Uop_BadOp : Uop<"BAD", (ins obj:$a), (outs), [], [UopError]> {
  let summary = "does not jump";
  let stackOutTaken = (outs obj:$a);
}
#endif

// CHECK: {UopKind::ITER, "ITER", "iter", "next or jump", Jump | Error, llvm::ArrayRef(ITER_in), llvm::ArrayRef(ITER_out), {}, true,
// CHECK: static const char *const PRECALL_alsoRuns[] = {"CALL", };
// CHECK: llvm::ArrayRef(PRECALL_alsoRuns)
// BAD-NEXT: error: alsoRuns of PRECALL names NO_SUCH_INSTR, which is not an instruction
// BAD-TAKEN: error: BAD has stackOutTaken but does not jump
