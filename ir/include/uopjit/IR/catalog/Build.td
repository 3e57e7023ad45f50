//===- Build.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_BUILD_TD
#define UOPJIT_IR_CATALOG_BUILD_TD


def Uop_BuildTupleOp : Uop<"BUILD_TUPLE", (ins Array<"oparg">:$values), (outs obj:$tup),
                           [ImmOparg], [UopError]> {
  let summary = "builds a tuple of the top oparg items";
}

#endif
