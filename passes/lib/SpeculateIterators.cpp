//===- SpeculateIterators.cpp - --uop-speculate-iterators -----------------===//
//
// What: a `for` loop over `range(...)` or over a list runs the iterator's
// own next() inline. CPython 3.11 never specializes FOR_ITER, so the
// dialect's `uop.for_iter` calls tp_iternext through a pointer and, since
// that may run any Python code, is an escape: the locals are stored before
// it and tracing is checked after it. When the iterable is
//   - what a call of the global or builtin named `range` returned, or
//   - known to be an exact list (its type says so), or
//   - a parameter (the value the call passed) that was a list in the call
//     that made the runtime compile the function (`observed_arg_types`),
// the `for_iter` becomes FOR_ITER_RANGE or FOR_ITER_LIST, neither of which
// runs Python code (FOR_ITER_LIST's release of an exhausted list may run a
// `__del__`, as a DECREF may), behind a GUARD_RANGE_ITER or GUARD_LIST_ITER
// at the for_iter's frame state. The guard is stable and checks a value
// defined before the loop: `--uop-hoist-guards` (next in `--uop-optimize`)
// moves it out, so the type is checked once per loop, not per iteration.
//
// Why sound: the guard checks exactly what the inline next() relies on
// (the iterator's exact type, whose layout the C body reads), and both
// bodies do what rangeiter_next and listiter_next do. A wrong guess (a
// global `range` rebound to something else) deoptimizes at the for_iter,
// where the interpreter runs FOR_ITER itself; the runtime's recompilations
// then mark the site `generic`, which this pass leaves alone. A parameter
// observed once as a list is a guess of the same kind: the guard checks it
// on every call.
//
// Not done: other iterators (tuples, dicts, enumerate, zip), ranges beyond
// C longs (range's long iterator keeps the generic FOR_ITER, after a
// deopt), lists neither known exact nor observed, and loop variables as
// unboxed ints.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_SPECULATEITERATORS
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// Whether `v` is what calling the global named `range` returned.
bool isRangeCall(Value v) {
  auto call = v.getDefiningOp<uop::PrecallBuiltinClassOp>();
  if (!call)
    return false;
  auto inputs = uop::getUopInputs(call);
  Operation *load = inputs[1].getDefiningOp();
  if (!load || !isa<uop::LoadGlobalOp, uop::LoadGlobalModuleOp, uop::LoadGlobalBuiltinOp>(load))
    return false;
  auto name = load->getAttrOfType<StringAttr>("global");
  // The callee is `callable` only when `method` is the NULL LOAD_GLOBAL pushed.
  Operation *method = inputs[0].getDefiningOp();
  return name && name.getValue() == "range" && method &&
         (method == load || isa<uop::NullOp>(method));
}

struct SpeculateIterators : impl::SpeculateIteratorsBase<SpeculateIterators> {
  PassCounter numRange{this, "range-loops", "for loops over range() made FOR_ITER_RANGE"};
  PassCounter numList{this, "list-loops", "for loops over exact lists made FOR_ITER_LIST"};
  PassCounter numObserved{this, "observed-list-loops",
                          "of those, over a parameter that was a list when compiled"};

  void runOnOperation() override {
    llvm::SmallVector<uop::ForIterOp> loops;
    getOperation()->walk([&](uop::ForIterOp op) {
      if (!op->hasAttr("generic"))
        loops.push_back(op);
    });
    uint64_t ranges = 0, lists = 0, observed = 0;
    for (uop::ForIterOp op : loops) {
      Value iter = uop::getUopInputs(op)[0];
      auto get = iter.getDefiningOp<uop::GetIterOp>();
      if (!get)
        continue;
      Value iterable = uop::getUopInputs(get)[0];
      bool range = isRangeCall(iterable);
      bool guessed = !range && uop::observedArgType(iterable) == "list";
      if (!range && !guessed && !uop::isExactly(iterable.getType(), "list"))
        continue;
      observed += guessed;
      OpBuilder b(op);
      OperationState guard(op.getLoc(), range ? "uop.guard_range_iter" : "uop.guard_list_iter");
      guard.addOperands({iter, uop::getUopFrameState(op)});
      b.create(guard);
      OperationState next(op.getLoc(), range ? "uop.for_iter_range" : "uop.for_iter_list");
      // FOR_ITER_LIST can neither deoptimize nor raise: no frame state.
      if (range)
        next.addOperands(op->getOperands());
      else
        next.addOperands(iter);
      next.addAttributes(op->getAttrs());
      next.addTypes(op->getResultTypes());
      Operation *inlined = b.create(next);
      op->replaceAllUsesWith(inlined);
      op->erase();
      ++(range ? ranges : lists);
    }
    numRange += ranges;
    numList += lists;
    numObserved += observed;
  }
};

} // namespace
} // namespace uopjit
