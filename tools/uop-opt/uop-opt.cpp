//===- uop-opt.cpp - the uopjit pass driver -------------------------------===//
//
// MLIR's opt driver with the `uop` dialect, the dialects it builds on, the
// standard transforms (canonicalize, cse, ...) and uopjit's own passes.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();

  mlir::DialectRegistry registry;
  registry.insert<uopjit::uop::UopDialect, mlir::cf::ControlFlowDialect,
                  mlir::arith::ArithDialect>();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "uopjit optimizer driver\n", registry));
}
