//===- UopDialect.td - the `uop` dialect ------------------------*- tablegen -*-===//
//
// The dialect in which uopjit optimizes one CPython 3.11 code object: SSA
// values for stack slots and locals, uops from the catalog (ir/), regions for
// loops and generators, and frame states for deoptimization.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_DIALECT_UOP_UOPDIALECT_TD
#define UOPJIT_DIALECT_UOP_UOPDIALECT_TD

include "mlir/IR/OpBase.td"

def Uop_Dialect : Dialect {
  let name = "uop";
  let cppNamespace = "::uopjit::uop";
  let summary = "Micro-ops of CPython 3.11 specialized bytecode, in SSA form";
  let description = [{
    One `uop.func` per Python code object. Each CPython instruction becomes
    the uops the catalog (ir/include/uopjit/IR/Catalog.td) gives for it;
    guards are separate from actions. Every uop that can deoptimize, raise or
    run arbitrary Python code takes a `!uop.frame` operand made by
    `uop.frame_state`, which records where the interpreter resumes and the
    value of every local and stack slot there.
  }];
  let useDefaultTypePrinterParser = 1;
  // Inherent attributes (immediates, code-object facts) print in the
  // attribute dictionary, so one generic printer serves every uop.
  let usePropertiesForAttributes = 0;
  let dependentDialects = ["::mlir::cf::ControlFlowDialect"];
  let extraClassDeclaration = [{
    void registerTypes();
  }];
}

// Base class of every op of the dialect (catalog uops and structural ops).
class Uop_Op<string mnemonic, list<Trait> traits = []>
    : Op<Uop_Dialect, mnemonic, traits>;

#endif
