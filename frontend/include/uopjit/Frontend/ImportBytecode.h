//===- ImportBytecode.h - specialized bytecode -> `uop` dialect -*- C++ -*-===//
//
// The frontend: turns one code object's snapshot into a `uop.func`.
//
//   1. decode: each instruction becomes the catalog's macro of uops
//      (EXTENDED_ARG folded, *_ADAPTIVE forms read as their family,
//      instructions a SKIP_CALL form also runs skipped);
//   2. CFG: blocks from jumps, FOR_ITER/SEND and returns; exception-table
//      targets start blocks too, but an exception always leaves compiled
//      code for the interpreter, so handlers are not imported;
//   3. stack depths at every block, checked at every merge;
//   4. loops: dominators, back edges, natural loops, nested by header;
//   5. SSA: every block starts with one argument per localsplus slot and
//      stack slot; values flow along edges; each natural loop becomes a
//      uop.loop region (exits through uop.break, with a selector when a loop
//      has several exit targets); trivial block arguments are then removed;
//   6. frame states for every uop that can deoptimize, raise or escape.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_FRONTEND_IMPORTBYTECODE_H
#define UOPJIT_FRONTEND_IMPORTBYTECODE_H

#include "uopjit/Frontend/Snapshot.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace uopjit {

/// What each op's location says of its instruction.
enum class SourceLocations {
  /// `NameLoc("LOAD_ATTR@40", file:line:col)`: the instruction, its offset
  /// and its source position, for readers of the dialect (the tools).
  Full,
  /// `file:line`: all the runtime reads (the lowering's line of each uop).
  /// Every distinct location is uniqued in the MLIRContext and stays there
  /// for the process's life; one per line instead of one per instruction
  /// makes an import a third cheaper.
  Lines,
};

/// Imports `snapshot` as a `uop.func` appended to `module`. Problems the
/// frontend cannot handle are reported as MLIR errors at `loc` naming the
/// opcode, the offset and the reason, and give failure.
llvm::LogicalResult importSnapshot(const Snapshot &snapshot, mlir::ModuleOp module,
                                   mlir::Location loc,
                                   SourceLocations locations = SourceLocations::Full);

/// Registers the dialects the frontend's output uses.
void registerImportDialects(mlir::DialectRegistry &registry);

} // namespace uopjit

#endif
