//===- EraseUnreachableBlocks.cpp - --uop-erase-unreachable-blocks -------===//
//
// What: erases the blocks that no path from their region's entry reaches:
// the side of a branch that --uop-fold-constants decided and canonicalize
// turned into a plain `cf.br`. In the runtime's pipeline it follows
// canonicalize, which runs without MLIR's region simplification (whose
// dead-value analysis cost half of canonicalize and found next to nothing
// here; docs/passes/uop-optimize.md); this is the cheap half of it.
//
// Why sound: a block nothing branches to never runs; its values are used
// only in blocks it dominates, which are unreachable too and go with it.
// The entry of a region (a function's, a loop's, a generator's) and a
// generator's resume blocks (successors of the `uop.yield_value` before
// them) are reached.
//
// Not done: dead values inside reachable blocks (canonicalize erases those
// that are trivially dead), blocks that only jump (the lowering's layout
// drops them).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/Passes.h"
#include "uopjit/Passes/PassCounters.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_ERASEUNREACHABLEBLOCKS
#include "uopjit/Passes/Passes.h.inc"

namespace {

struct EraseUnreachableBlocks : impl::EraseUnreachableBlocksBase<EraseUnreachableBlocks> {
  PassCounter numErased{this, "blocks-erased", "blocks no path reaches"};

  void runOnOperation() override {
    uint64_t erased = 0;
    getOperation()->walk([&](uop::FuncOp func) {
      uint64_t before = countBlocks(func);
      IRRewriter rewriter(func.getContext());
      (void)eraseUnreachableBlocks(rewriter, func->getRegions());
      erased += before - countBlocks(func);
    });
    numErased += erased;
  }

  static uint64_t countBlocks(uop::FuncOp func) {
    uint64_t n = 0;
    func->walk([&](Block *) { ++n; });
    return n;
  }
};

} // namespace
} // namespace uopjit
