//===- RemoveGuards.cpp - --uop-remove-guards -----------------------------===//
//
// What: deletes a guard when
//   - its inputs' types already carry every fact the guard checks (a guard's
//     catalog facts are, by the catalog's rule, all that it checks), or
//   - it is `stable` (it checks something its inputs keep while they live)
//     and an identical guard -- same uop, same inputs, same immediates --
//     dominates it.
// Run `--uop-specialize-types` first: it writes the facts into the types.
//
// Why sound: in the first case the check cannot fail; in the second, the
// dominating guard passed on every path that reaches this one, and the
// property it checked has not changed since.
//
// Not done: guards on type versions, dict keys versions and globals (a call
// between two of them can invalidate the first), moving loop-invariant
// guards out of loops (--uop-hoist-guards), and bounds checks from known
// lengths.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/Passes.h"
#include "uopjit/Passes/PassCounters.h"
#include "mlir/IR/Dominance.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_REMOVEGUARDS
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// True when the types of `guard`'s inputs show each of its facts.
bool factsKnown(Operation *guard, const UopInfo &info) {
  if (info.facts.empty())
    return false;
  return llvm::all_of(info.facts, [&](const UopFact &fact) {
    return uop::isExactly(guard->getOperand(fact.index).getType(), fact.exactType);
  });
}

/// Same uop, inputs and immediates (the frame state may differ).
bool sameCheck(Operation *a, Operation *b) {
  return a->getName() == b->getName() && a->getAttrDictionary() == b->getAttrDictionary() &&
         a->getPropertiesAsAttribute() == b->getPropertiesAsAttribute() &&
         llvm::equal(uop::getUopInputs(a), uop::getUopInputs(b));
}

struct RemoveGuards : impl::RemoveGuardsBase<RemoveGuards> {
  PassCounter numByFacts{this, "guards-removed-by-facts", "guards whose facts were known"};
  PassCounter numByDominance{this, "guards-removed-by-dominance",
                             "guards dominated by an identical stable guard"};
  uint64_t byFacts = 0, byDominance = 0;

  void runOnOperation() override {
    byFacts = byDominance = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numByFacts += byFacts;
    numByDominance += byDominance;
  }

  void run(uop::FuncOp func) {
    DominanceInfo dominance(func);
    llvm::SmallVector<Operation *> guards, dead;
    func.walk([&](Operation *op) {
      const UopInfo *info = uop::getUopInfo(op);
      if (!info || !info->has(Guard) || info->has(Backend))
        return;
      if (factsKnown(op, *info)) {
        dead.push_back(op);
        ++byFacts;
        return;
      }
      // Guards are visited in program order within a block and after the
      // blocks that dominate theirs, so a dominating twin is already listed.
      if (info->has(StableGuard) && llvm::any_of(guards, [&](Operation *earlier) {
            return sameCheck(earlier, op) && dominance.properlyDominates(earlier, op);
          })) {
        dead.push_back(op);
        ++byDominance;
        return;
      }
      if (info->has(StableGuard))
        guards.push_back(op);
    });
    for (Operation *op : dead)
      op->erase();
  }
};

} // namespace
} // namespace uopjit
