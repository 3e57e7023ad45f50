//===- HoistGuards.cpp - --uop-hoist-guards -------------------------------===//
//
// What: moves a guard out of a loop when what it checks cannot change
// around the loop: a `stable` guard (an exact builtin type, an int's size)
// whose checked inputs are defined before the loop, in a block that runs on
// every iteration (it dominates every `uop.continue`). The copy goes right
// before the `uop.loop`, with a frame state made from the loop header's:
// the same offset and slots, with the loop's initial values in place of the
// header's arguments. In `for k in range(n): total += row[k] * b[k][j]`,
// the checks that `row` and `b` are lists and `j` an int then run once per
// call instead of once per iteration. Run it before
// `--uop-specialize-types`: the hoisted guard's facts then reach the uses
// inside the loop, and the guards there that checked the same thing go.
//
// Why sound: a stable guard checks a property its input keeps while it
// lives, and the input (defined before the loop) is the same object on
// every iteration, so the check gives the same answer before the loop as in
// it. If it fails, the function deoptimizes at the loop header with the
// values the loop starts from, and the interpreter runs the loop from its
// first iteration, which is what the compiled code would have done up to
// the failing guard, minus nothing observable (no uop ran yet). Only the
// inputs the guard's facts name are checked (the catalog's rule for a
// guard's facts); an input it passes through unchecked (GUARD_NOS_LIST's
// top of stack) may be loop-varying and is replaced by a checked one.
//
// Not done: guards that are not stable (type versions, dict versions, list
// bounds: code in the loop may change them), guards on paths not taken on
// every iteration (hoisting them would deoptimize calls that never reach
// them), loops whose header has no frame state, and generators (a resumed
// activation reloads its values from the frame).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_HOISTGUARDS
#include "uopjit/Passes/Passes.h.inc"

namespace {

struct HoistGuards : impl::HoistGuardsBase<HoistGuards> {
  PassCounter numHoisted{this, "guards-hoisted",
                         "loop-invariant stable guards moved before their loop"};
  uint64_t hoisted = 0;

  void runOnOperation() override {
    hoisted = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numHoisted += hoisted;
  }

  void run(uop::FuncOp func) {
    Block &entry = func.getBody().front();
    if (!entry.empty() && isa<uop::GeneratorOp>(entry.front()))
      return;
    DominanceInfo dominance(func);
    // Inner loops first: a guard hoisted out of one lands in the loop around
    // it, which may hoist it again.
    func.walk<WalkOrder::PostOrder>([&](uop::LoopOp loop) { hoistOutOf(loop, dominance); });
  }

  void hoistOutOf(uop::LoopOp loop, DominanceInfo &dominance) {
    Region &body = loop.getBody();
    Block &header = body.front();
    auto headerState = dyn_cast<uop::FrameStateOp>(header.front());
    if (!headerState)
      return;
    llvm::SmallVector<Block *> backEdges;
    for (Block &block : body)
      if (isa<uop::ContinueOp>(block.getTerminator()))
        backEdges.push_back(&block);
    if (backEdges.empty())
      return;
    auto definedBefore = [&](Value v) { return !body.isAncestor(v.getParentRegion()); };
    Value entryState;
    for (Block &block : body) {
      if (!llvm::all_of(backEdges, [&](Block *b) { return dominance.dominates(&block, b); }))
        continue;
      for (Operation &op : llvm::make_early_inc_range(block)) {
        const UopInfo *info = uop::getUopInfo(&op);
        if (!info || !info->has(Guard) || !info->has(StableGuard) || info->facts.empty() ||
            op.getNumResults() != 0)
          continue;
        auto inputs = uop::getUopInputs(&op);
        llvm::SmallVector<Value, 2> checked;
        for (const UopFact &fact : info->facts)
          checked.push_back(inputs[fact.index]);
        if (!llvm::all_of(checked, definedBefore))
          continue;
        OpBuilder b(loop);
        if (!entryState)
          entryState = uop::cloneHeaderStateOnInits(b, loop);
        IRMapping mapping;
        mapping.map(uop::getUopFrameState(&op), entryState);
        for (Value in : inputs)
          if (!llvm::is_contained(checked, in))
            mapping.map(in, checked.front());
        b.clone(op, mapping);
        op.erase();
        ++hoisted;
      }
    }
  }
};

} // namespace
} // namespace uopjit
