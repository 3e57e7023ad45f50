//===- Misc.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_MISC_TD
#define UOPJIT_IR_CATALOG_MISC_TD

#endif
