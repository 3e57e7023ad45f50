//===- LowerToFlat.h - the uop dialect -> a flat uop program ----*- C++ -*-===//
//
// The last step before machine code: one uop.func becomes a flat uop
// program (ir/include/uopjit/IR/FlatProgram.h) over numbered registers, with
// explicit reference counts, branches and the exits where the interpreter
// takes over. docs/backend.md describes the result.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_LOWERING_LOWERTOFLAT_H
#define UOPJIT_LOWERING_LOWERTOFLAT_H

#include "uopjit/IR/FlatProgram.h"
#include "llvm/Support/LogicalResult.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace uopjit {
namespace uop {
class FuncOp;
}

/// A flat program that owns its arrays; `view()` is what the runtime runs.
struct FlatProgram {
  std::string qualname;
  std::vector<UopjitInst> insts;
  std::vector<int32_t> pool;
  std::vector<UopjitExit> exits;
  std::vector<UopjitEntry> entries;
  bool isGenerator = false;
  uint32_t numRegs = 0, numObjectRegs = 0, maxArray = 1;
  /// For listings: the SSA name of each register's value, when it has one.
  std::vector<std::string> regNames;

  UopjitProgram view() const {
    return UopjitProgram{insts.data(), (uint32_t)insts.size(), pool.data(),
                         (uint32_t)pool.size(), exits.data(), (uint32_t)exits.size(),
                         numRegs, numObjectRegs, maxArray, entries.data(),
                         (uint32_t)entries.size(), isGenerator};
  }
};

/// Lowers `func`. Fails with a diagnostic on `func` (naming the op and its
/// location) for what the backend cannot run yet: generator regions, ops
/// outside the uop/cf/arith subset, uops without a C body when
/// `requireBodies` is set, a value live across a yield that the frame state
/// does not hold.
llvm::FailureOr<FlatProgram> lowerToFlat(uop::FuncOp func, bool requireBodies);

/// The listing `uop-translate --export-uops` prints.
void printFlatProgram(const FlatProgram &program, llvm::raw_ostream &os);
} // namespace uopjit

#endif
