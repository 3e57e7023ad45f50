//===- uop-translate.cpp - between uopjit's text forms and the dialect ----===//
//
//   uop-translate --import-bytecode DUMP.json   a snapshot (uopjit dump) -> .uop
//
// Exports to flat uop listings and machine code come with the backend.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/Frontend/ImportBytecode.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

static OwningOpRef<Operation *> importBytecode(llvm::SourceMgr &sourceMgr,
                                               MLIRContext *ctx) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  Location loc = FileLineColLoc::get(ctx, buffer->getBufferIdentifier(), 0, 0);
  llvm::Expected<uopjit::Snapshot> snapshot = uopjit::parseSnapshot(buffer->getBuffer());
  if (!snapshot) {
    emitError(loc) << llvm::toString(snapshot.takeError());
    return nullptr;
  }
  ctx->loadDialect<uopjit::uop::UopDialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  if (failed(uopjit::importSnapshot(*snapshot, *module, loc)))
    return nullptr;
  return module;
}

int main(int argc, char **argv) {
  TranslateToMLIRRegistration importRegistration(
      "import-bytecode", "import a code object snapshot written by `uopjit dump`",
      importBytecode, [](DialectRegistry &registry) {
        uopjit::registerImportDialects(registry);
      });
  return failed(mlirTranslateMain(argc, argv, "uopjit translation tool"));
}
