//===- uop-opt.cpp - the uopjit pass driver -------------------------------===//
//
// MLIR's opt driver with the `uop` dialect, the dialects it builds on, the
// standard transforms (canonicalize, cse, ...) and uopjit's own passes.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  uopjit::registerUopjitPasses();

  mlir::DialectRegistry registry;
  registry.insert<uopjit::uop::UopDialect, mlir::cf::ControlFlowDialect,
                  mlir::arith::ArithDialect>();
  // Debian's LLVM counts no MLIR pass statistics; print ours after its
  // (empty) report. (MlirOptMain shuts LLVM's option registry down before
  // it returns, so the flag is read here.)
  bool statistics = llvm::any_of(llvm::ArrayRef(argv, argc), [](const char *arg) {
    llvm::StringRef a(arg);
    return a.ltrim('-') == "mlir-pass-statistics";
  });
  llvm::LogicalResult result =
      mlir::MlirOptMain(argc, argv, "uopjit optimizer driver\n", registry);
  if (statistics)
    uopjit::printPassCounters(llvm::errs());
  return mlir::asMainReturnCode(result);
}
