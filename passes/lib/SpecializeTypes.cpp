//===- SpecializeTypes.cpp - --uop-specialize-types -----------------------===//
//
// What: writes what is known of every value into its `!uop.object` type,
// in three steps:
//   1. Below each guard with catalog facts (`guard_both_float %x, %y`), a
//      `uop.cast` narrows each guarded value, and the uses the cast
//      dominates use it instead. Facts now live on SSA values, so the
//      analysis can stay sparse.
//   2. The type-facts analysis (TypeFacts.cpp) runs to a fixpoint.
//   3. Every value takes the type the analysis found; where a value flows
//      into a block argument, loop header or loop exit whose type knows
//      less, a widening `uop.cast` keeps operand and argument types equal.
//
// Why sound: a guard's facts hold below it on every path (the guard would
// have left to the interpreter otherwise), and a use dominated by the cast
// is below it on every path. Catalog facts on results hold by the uop's C
// body. Constants are exact instances of builtin types. Joins keep only
// facts that hold on every incoming edge. Only exact *builtin* types are
// facts: their instances cannot change class, so a fact holds as long as
// the value lives, across any call.
//
// Not done: type versions of user classes (a call can modify the class, so
// those facts would need a flow-sensitive analysis that kills them at
// escapes); facts from the specializer's caches beyond what its guards say;
// ranges of ints.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/Passes.h"
#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/TypeFacts.h"
#include "mlir/IR/Dominance.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_SPECIALIZETYPES
#include "uopjit/Passes/Passes.h.inc"

namespace {

struct SpecializeTypes : impl::SpecializeTypesBase<SpecializeTypes> {
  PassCounter numRefined{this, "values-refined", "values whose type gained facts"};
  PassCounter numGuardCasts{this, "guard-casts", "casts inserted below guards"};
  uint64_t refined = 0, guardCasts = 0;

  void runOnOperation() override {
    refined = guardCasts = 0;
    getOperation()->walk([&](uop::FuncOp func) {
      castBelowGuards(func);
      writeTypes(func, TypeFactsAnalysis(func));
    });
    numRefined += refined;
    numGuardCasts += guardCasts;
  }

  /// Step 1.
  void castBelowGuards(uop::FuncOp func) {
    DominanceInfo dominance(func);
    func.walk([&](Operation *op) {
      const UopInfo *info = uop::getUopInfo(op);
      if (!info || !info->has(Guard) || info->facts.empty())
        return;
      // A value may be guarded twice by one guard (`%x, %x`): one cast.
      llvm::SmallVector<std::pair<Value, uop::ObjectType>> narrowed;
      for (const UopFact &fact : info->facts) {
        Value v = op->getOperand(fact.index);
        auto type = cast<uop::ObjectType>(v.getType());
        auto *it = llvm::find_if(narrowed, [&](auto &p) { return p.first == v; });
        uop::ObjectType &known = it != narrowed.end() ? it->second
                                                      : narrowed.emplace_back(v, type).second;
        uop::ObjectType exact = uop::exactObjectType(op->getContext(), fact.exactType);
        if (succeeded(uop::meetFacts(known, exact)))
          known = *uop::meetFacts(known, exact);
      }
      OpBuilder b(op->getContext());
      b.setInsertionPointAfter(op);
      for (auto [v, type] : narrowed) {
        if (type == v.getType())
          continue;
        auto castOp = uop::CastOp::create(b, op->getLoc(), type, v);
        v.replaceUsesWithIf(castOp.getResult(), [&](OpOperand &use) {
          return use.getOwner() != castOp.getOperation() &&
                 dominance.properlyDominates(castOp.getOperation(), use.getOwner());
        });
        if (castOp.getResult().use_empty())
          castOp->erase();
        else
          ++guardCasts;
      }
    });
  }

  /// Step 3.
  void writeTypes(uop::FuncOp func, const TypeFactsAnalysis &analysis) {
    auto update = [&](Value v) {
      auto old = dyn_cast<uop::ObjectType>(v.getType());
      TypeFacts known = analysis.lookup(v);
      if (!old || !known.isReached() || known.getType() == old)
        return;
      if (!uop::knowsAll(old, known.getType()) && !v.getDefiningOp<uop::CastOp>())
        ++refined;
      v.setType(known.getType());
    };
    func.walk([&](Operation *op) {
      for (Value r : op->getResults())
        update(r);
      for (Region &region : op->getRegions())
        for (Block &block : region)
          for (BlockArgument arg : block.getArguments())
            update(arg);
    });
    // A cast below a guard whose value turned out to be known anyway.
    func.walk([&](uop::CastOp cast) {
      if (cast.getValue().getType() == cast.getType()) {
        cast.getResult().replaceAllUsesWith(cast.getValue());
        cast->erase();
        --guardCasts;
      }
    });
    // Operands must have their destination's type: widen where they know more.
    auto widen = [&](OpOperand &operand, Type want, Operation *before) {
      if (operand.get().getType() == want || !isa<uop::ObjectType>(want))
        return;
      OpBuilder b(before);
      operand.set(uop::CastOp::create(b, before->getLoc(), want, operand.get()));
    };
    func.walk([&](Operation *op) {
      if (auto branch = dyn_cast<BranchOpInterface>(op)) {
        for (unsigned s = 0; s < op->getNumSuccessors(); ++s) {
          Block *dest = op->getSuccessor(s);
          MutableOperandRange operands = branch.getSuccessorOperands(s).getMutableForwardedOperands();
          for (unsigned i = 0; i < operands.size(); ++i)
            widen(operands[i], dest->getArgument(i).getType(), op);
        }
      } else if (auto loop = dyn_cast<uop::LoopOp>(op)) {
        for (auto [operand, arg] : llvm::zip(loop.getInitsMutable(), loop.getBody().getArguments()))
          widen(operand, arg.getType(), op);
      } else if (auto cont = dyn_cast<uop::ContinueOp>(op)) {
        Block &header = cast<uop::LoopOp>(op->getParentOp()).getBody().front();
        for (auto [operand, arg] : llvm::zip(cont.getValuesMutable(), header.getArguments()))
          widen(operand, arg.getType(), op);
      } else if (auto brk = dyn_cast<uop::BreakOp>(op)) {
        auto loop = cast<uop::LoopOp>(op->getParentOp());
        for (auto [operand, result] : llvm::zip(brk.getValuesMutable(), loop.getResults()))
          widen(operand, result.getType(), op);
      }
    });
  }
};

} // namespace
} // namespace uopjit
