//===- Gen.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_GEN_TD
#define UOPJIT_IR_CATALOG_GEN_TD


def Uop_YieldValueOp : Uop<"YIELD_VALUE", (ins obj:$value), (outs), [], [UopSuspend]> {
  let summary = "suspends the generator, handing value to its caller";
}

#endif
