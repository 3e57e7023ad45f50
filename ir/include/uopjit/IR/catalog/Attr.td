//===- Attr.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ATTR_TD
#define UOPJIT_IR_CATALOG_ATTR_TD


def Uop_GuardTypeVersionOp : Uop<"GUARD_TYPE_VERSION", (ins obj:$owner), (outs obj:$owner),
                                 [ImmVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(owner)->tp_version_tag == version";
}
def Uop_LoadGlobalOp : Uop<"LOAD_GLOBAL", (ins), (outs Cond<"oparg & 1">:$null, obj:$v),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes global co_names[oparg >> 1] (and a NULL first when oparg & 1)";
}

#endif
