//===- Passes.h - uopjit's optimization passes ------------------*- C++ -*-===//
#ifndef UOPJIT_PASSES_PASSES_H
#define UOPJIT_PASSES_PASSES_H

#include "uopjit/Dialect/Uop/Uop.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Pass/Pass.h"

namespace uopjit {

#define GEN_PASS_DECL
#include "uopjit/Passes/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "uopjit/Passes/Passes.h.inc"

/// The default pipeline the runtime uses (`--uop-optimize`); see
/// docs/passes/uop-optimize.md.
void buildUopOptimizePipeline(mlir::OpPassManager &pm);

/// Registers every uopjit pass and the `uop-optimize` pipeline.
void registerUopjitPasses();

} // namespace uopjit

#endif
