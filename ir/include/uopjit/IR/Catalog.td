//===- Catalog.td - every CPython 3.11 instruction as uops ------*- tablegen -*-===//
//
// The one source of truth for uops. Each file under catalog/ holds the uops
// of one concern; Instrs.td maps every opcode of
// /usr/include/python3.11/opcode.h (but CACHE and the *_ADAPTIVE forms,
// which never reach the JIT) to its macro of uops.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_IR_CATALOG_TD
#define UOPJIT_IR_CATALOG_TD

include "uopjit/IR/UopBase.td"
include "uopjit/IR/catalog/Caches.td"
include "uopjit/IR/catalog/Stack.td"
include "uopjit/IR/catalog/Arith.td"
include "uopjit/IR/catalog/Attr.td"
include "uopjit/IR/catalog/Build.td"
include "uopjit/IR/catalog/Call.td"
include "uopjit/IR/catalog/Control.td"
include "uopjit/IR/catalog/Gen.td"
include "uopjit/IR/catalog/Misc.td"
include "uopjit/IR/catalog/Instrs.td"
include "uopjit/IR/catalog/Backend.td"

#endif
