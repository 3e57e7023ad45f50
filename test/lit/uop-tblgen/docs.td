// The reference generated for a two-uop instruction: its row, its uops'
// sections with stack effect, immediates and flags.
// RUN: uop-tblgen -gen-uop-docs -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_GuardOp : Uop<"GUARD_X", (ins obj:$x), (outs obj:$x), [ImmIndex], [UopGuard]> {
  let summary = "checks x";
}
def Uop_ActOp : Uop<"ACT", (ins obj:$x, Array<"oparg">:$rest), (outs obj:$r), [ImmOparg],
                    [UopError, UopEscapes]> {
  let summary = "acts on x";
}
def ACache : CacheLayout<[CacheField<"counter", 1>, CacheField<"index", 2>]>;
def : Instr<"ACT", 100, [Uop_ActOp], ACache>;
def : Instr<"ACT_X", 101, [Uop_GuardOp, Uop_ActOp], ACache> { let family = "ACT"; }

// CHECK: The catalog has 2 instructions and 2 uops.
// CHECK: | 100 | `ACT` | — | counter:1, index:2 | [`ACT`](#act) | 0 - (oparg) |
// CHECK: | 101 | `ACT_X` | `ACT` | counter:1, index:2 | [`GUARD_X`](#guard_x), [`ACT`](#act) | 0 - (oparg) |
// CHECK-LABEL: ### `ACT` {#act}
// CHECK: - stack: `x, rest[oparg] -- r`
// CHECK: - flags: error, escapes
// CHECK: - used by: `ACT`, `ACT_X`
// CHECK-LABEL: ### `GUARD_X` {#guard_x}
// CHECK: checks x
// CHECK: - stack: `x -- x`
// CHECK: - immediates: index
// CHECK: - flags: guard
// CHECK: - used by: `ACT_X`
