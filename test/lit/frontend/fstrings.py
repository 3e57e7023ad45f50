# f-strings: each replacement field is FORMAT_VALUE, whose oparg holds the
# conversion (low two bits: 0 none, 1 !s, 2 !r, 3 !a) and 4 when a format
# spec is on the stack; BUILD_STRING joins the pieces, literal ones
# included, in order.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-fmt.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @fmt(%name, %n)
# {name}
# CHECK:         %[[P1:result[_0-9]*]] = uop.format_value %name <oparg = 0> frame
# CHECK-NEXT:    %[[L1:value[_0-9]*]] = uop.load_const
# {n!r}
# CHECK-NEXT:    uop.frame_state
# CHECK-NEXT:    %[[P2:result[_0-9]*]] = uop.format_value %n <oparg = 2> frame
# CHECK-NEXT:    %[[L2:value[_0-9]*]] = uop.load_const
# {n:>5}: the spec is a constant on the stack, above the value.
# CHECK-NEXT:    %[[SPEC:value[_0-9]*]] = uop.load_const
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%name, %n) stack(%[[P1]], %[[L1]], %[[P2]], %[[L2]], %n, %[[SPEC]])
# CHECK-NEXT:    %[[P3:result[_0-9]*]] = uop.format_value %n, %[[SPEC]] <oparg = 4> frame
# {n!a:^9}
# CHECK:         %[[P4:result[_0-9]*]] = uop.format_value %n, %{{value[_0-9]*}} <oparg = 7> frame
# CHECK-NEXT:    uop.frame_state
# CHECK-NEXT:    %[[S:str[_0-9]*]] = uop.build_string %[[P1]], %[[L1]], %[[P2]], %[[L2]], %[[P3]], %{{value[_0-9]*}}, %[[P4]] <oparg = 7> frame
# CHECK:         uop.return_value %[[S]]


def fmt(name, n):
    return f"{name}: {n!r} {n:>5} {n!a:^9}"


for i in range(60):
    fmt("a", i)
