//===- Call.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_CALL_TD
#define UOPJIT_IR_CATALOG_CALL_TD

#endif
