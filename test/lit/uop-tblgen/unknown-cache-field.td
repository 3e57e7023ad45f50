// A uop may only read cache fields of its instruction's layout.
// RUN: not uop-tblgen -gen-uop-tables -I %mlir_include -I %uopjit_src/ir/include -I %uopjit_src/dialects/uop/include %s 2>&1 | FileCheck %s
include "uopjit/IR/UopBase.td"

def Uop_AOp : Uop<"A", (ins obj:$x), (outs obj:$x), [ImmTypeVersion], [UopGuard]> { let summary = "a"; }
def SmallCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"index", 1>]>;
def : Instr<"LOAD_ATTR", 106, [Uop_AOp], SmallCache>;
// CHECK: error: uop A of LOAD_ATTR reads cache field 'type_version', which the instruction's cache layout lacks
