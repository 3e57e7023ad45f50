//===- Pipeline.cpp - --uop-optimize, the runtime's default pipeline ------===//
//
//   uop-speculate-iterators  `for` over range() or a list: next() inline,
//                          behind a type guard the next pass hoists
//   uop-hoist-guards       loop-invariant stable guards before their loop
//   uop-specialize-types   facts into types (casts below guards, at merges)
//   uop-fold-constants     uops on constants, jumps on known conditions
//   uop-remove-guards      guards the facts prove, guards a twin dominates
//   uop-fuse-branches      a comparison and its jump as one raw-bit uop
//   canonicalize           folds the casts that became no-ops, and the rest
//                          (constants stay in place: see below)
//   uop-erase-unreachable-blocks  the sides of branches canonicalize removed
//   uop-unbox              float temporaries as doubles (after canonicalize
//                          removed the guards' no-op casts between them)
//   uop-hoist-guards       again: the guards uop-unbox made or rewrote
//                          (`dt / x` speculated a float, `x + c` checks c)
//   uop-remove-refcounts   last: it marks what the lowering may borrow
//
// Not cse: it would merge two loads of one constant on either side of a
// yield, and a value live across a yield must be in the frame state there
// (the lowering rejects the function).
//
// docs/passes/uop-optimize.md explains the order.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/Passes.h"

namespace uopjit {

void buildUopOptimizePipeline(mlir::OpPassManager &pm) {
  pm.addPass(createSpeculateIterators());
  pm.addPass(createHoistGuards());
  pm.addPass(createSpecializeTypes());
  pm.addPass(createFoldConstants());
  pm.addPass(createRemoveGuards());
  pm.addPass(createFuseBranches());
  // Constants stay where they are: the folder would otherwise hoist them
  // into the function's entry block, outside a generator's region. No
  // region simplification: its dead-value analysis cost half the pass and
  // found next to nothing, frame states keeping most values alive. One
  // sweep: the worklist already revisits what a rewrite touched, and the
  // second sweep that confirms nothing changes found one uop in 565
  // functions.
  mlir::GreedyRewriteConfig config;
  config.enableConstantCSE(false);
  config.setRegionSimplificationLevel(mlir::GreedySimplifyRegionLevel::Disabled);
  config.setMaxIterations(1);
  pm.addPass(mlir::createCanonicalizerPass(config));
  pm.addPass(createEraseUnreachableBlocks());
  pm.addPass(createUnbox());
  pm.addPass(createHoistGuards());
  pm.addPass(createRemoveRefcounts());
}

void registerUopjitPasses() {
  registerUopPasses();
  mlir::PassPipelineRegistration<>("uop-optimize",
                                   "the default pipeline of the runtime (docs/passes/uop-optimize.md)",
                                   buildUopOptimizePipeline);
}

} // namespace uopjit
