// The C++ tables: where each immediate of a macro comes from (offset and
// size in the cache; -1 for the oparg) and the evaluator of a count.
// RUN: uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s | FileCheck %s
// RUN: uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s | FileCheck %s --check-prefix=GENERIC
include "uopjit/IR/UopBase.td"

def Uop_GuardOp : Uop<"GUARD_X", (ins obj:$x), (outs obj:$x), [ImmKeysVersion], [UopGuard]> {
  let summary = "checks x";
}
def Uop_ActOp : Uop<"ACT", (ins Array<"oparg - 1">:$rest), (outs obj:$r), [ImmOparg, ImmIndex],
                    [UopError]> {
  let summary = "acts";
}
def ACache : CacheLayout<[CacheField<"counter", 1>, CacheField<"keys_version", 2>,
                          CacheField<"index", 1>]>;
def : Instr<"ACT", 100, [Uop_GuardOp, Uop_ActOp], ACache>;

// CHECK: static int expr0(int oparg) { return (oparg - 1); }
// CHECK: {"rest", StackItem::Array, "oparg - 1", expr0, false}
// CHECK: {UopKind::GUARD_X, "GUARD_X", "guard_x", "checks x", Guard,
// CHECK: static const ImmSource ACT_imm0[] = {{[{][{]}}ImmKind::keys_version, 1, 2},
// CHECK: static const ImmSource ACT_imm1[] = {{[{][{]}}ImmKind::oparg, -1, 0}, {ImmKind::index, 3, 1},
// CHECK: {"ACT", 100, "ACT", 100, false, 4, llvm::ArrayRef(ACT_macro), {}, {}},

// A specialized form may say what a site made generic runs (genericUops):
// a second macro, its immediates from the same cache.
def Uop_TryOp : Uop<"TRY_X", (ins obj:$x), (outs obj:$r), [ImmKeysVersion, ImmIndex], [UopError]> {
  let summary = "tries the cached x, else the generic way";
}
def : Instr<"ACT_SPECIAL", 101, [Uop_GuardOp, Uop_ActOp], ACache> {
  let family = "ACT";
  let genericUops = [Uop_TryOp];
}
// GENERIC: static const ImmSource ACT_SPECIAL_generic_imm0[] = {{[{][{]}}ImmKind::keys_version, 1, 2}, {ImmKind::index, 3, 1},
// GENERIC: static const MacroStep ACT_SPECIAL_generic_macro[] = {{[{][{]}}UopKind::TRY_X, llvm::ArrayRef(ACT_SPECIAL_generic_imm0)},
// GENERIC: {"ACT_SPECIAL", 101, "ACT", 100, false, 4, llvm::ArrayRef(ACT_SPECIAL_macro), {}, llvm::ArrayRef(ACT_SPECIAL_generic_macro)},
