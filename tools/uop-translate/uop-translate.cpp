//===- uop-translate.cpp - between uopjit's text forms and the dialect ----===//
//
//   uop-translate --import-bytecode DUMP.json   a snapshot (uopjit dump) -> .uop
//                 [--source-locations=lines]    (each op's location: the
//                                               runtime's file:line only)
//   uop-translate --export-uops FILE.uop        each uop.func -> its flat uop
//                                               program (docs/backend.md)
//   uop-translate --emit-asm FILE.uop           ... -> its machine code,
//                                               disassembled, one block per uop
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/Frontend/ImportBytecode.h"
#include "uopjit/Lowering/LowerToFlat.h"
#include "EmitAsm.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

static llvm::cl::opt<uopjit::SourceLocations> sourceLocations(
    "source-locations", llvm::cl::desc("what --import-bytecode puts in each op's location"),
    llvm::cl::init(uopjit::SourceLocations::Full),
    llvm::cl::values(clEnumValN(uopjit::SourceLocations::Full, "full",
                                "NameLoc(\"LOAD_ATTR@40\", file:line:col) (the default)"),
                     clEnumValN(uopjit::SourceLocations::Lines, "lines",
                                "file:line, as the runtime imports")));

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
  if (failed(uopjit::importSnapshot(*snapshot, *module, loc, sourceLocations)))
    return nullptr;
  return module;
}

static LogicalResult exportUops(Operation *op, llvm::raw_ostream &os) {
  bool first = true;
  WalkResult walk = op->walk([&](uopjit::uop::FuncOp func) {
    FailureOr<uopjit::FlatProgram> program = uopjit::lowerToFlat(func, /*requireBodies=*/false);
    if (failed(program))
      return WalkResult::interrupt();
    if (!first)
      os << "\n";
    first = false;
    uopjit::printFlatProgram(*program, os);
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

int main(int argc, char **argv) {
  TranslateFromMLIRRegistration asmRegistration(
      "emit-asm", "lower each uop.func to machine code and disassemble it", uopjit::emitAsm,
      [](DialectRegistry &registry) { uopjit::registerImportDialects(registry); });
  TranslateFromMLIRRegistration exportRegistration(
      "export-uops", "lower each uop.func to its flat uop program and print it", exportUops,
      [](DialectRegistry &registry) { uopjit::registerImportDialects(registry); });
  TranslateToMLIRRegistration importRegistration(
      "import-bytecode", "import a code object snapshot written by `uopjit dump`",
      importBytecode, [](DialectRegistry &registry) {
        uopjit::registerImportDialects(registry);
      });
  return failed(mlirTranslateMain(argc, argv, "uopjit translation tool"));
}
