# Starred assignment targets are UNPACK_EX, whose oparg packs the counts
# before (low byte) and after (high byte) the star: `a, *b` is 1, and
# `first, *mid, last` is 1 + 256 = 257 (folded from an EXTENDED_ARG). It
# pushes the values so that the first target's value is on top.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-unpack.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @unpack(%seq, %a, %b, %first, %mid, %last)
# Only seq is an argument: the other slots start NULL.
# CHECK:         %null = uop.null
# CHECK-NEXT:    uop.frame_state at 0 locals(%seq, %null, %null, %null, %null, %null) stack()
# a, *b = seq
# CHECK:         %[[REST:values[_0-9]*]], %[[A:values[_0-9]*]] = uop.unpack_ex %seq <oparg = 1> frame
# The stores into a and b are over NULL; whether they stay uop.store_fast
# is not checked here.
# CHECK-NOT:     uop.unpack_ex
# CHECK:         %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%seq, %[[A]], %[[REST]], %null, %null, %null) stack(%seq)
# first, *mid, last = seq
# CHECK-NEXT:    %[[LAST:values[_0-9]*]], %[[MID:values[_0-9]*]], %[[FIRST:values[_0-9]*]] = uop.unpack_ex %seq <oparg = 257> frame %[[FS]]
# return a, b, mid, last
# CHECK-NOT:     uop.build_tuple
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%seq, %[[A]], %[[REST]], %[[FIRST]], %[[MID]], %[[LAST]]) stack(%[[A]], %[[REST]], %[[MID]], %[[LAST]])
# CHECK-NEXT:    %[[T:tup[_0-9]*]] = uop.build_tuple %[[A]], %[[REST]], %[[MID]], %[[LAST]] <oparg = 4>
# CHECK:         uop.return_value %[[T]]

def unpack(seq):
    a, *b = seq
    first, *mid, last = seq
    return a, b, mid, last


for i in range(60):
    unpack([1, 2, 3, 4])
