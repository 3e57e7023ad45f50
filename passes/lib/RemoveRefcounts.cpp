//===- RemoveRefcounts.cpp - --uop-remove-refcounts -----------------------===//
//
// What: the lowering gives every object register a reference of its own: an
// incref where the value is made and a DECREF after its last use. This pass
// marks values whose object something else keeps alive for the whole
// activation, so that their registers *borrow* it (no incref, no DECREF):
//   - `uop.load_const` results (`{borrowed}`): co_consts holds them, and
//     the frame holds the code object;
//   - arguments the function never rebinds (the function's
//     `borrowed_args`): the frame's slot holds them until the frame dies.
//     A slot qualifies when no uop writes it (STORE_FAST, DELETE_FAST, the
//     in-place str append, MAKE_CELL, ...) and every frame state shows the
//     argument in it, so the lowering never syncs another value into it;
//   - the cells `uop.copy_free_vars` copies (`{borrowed}`): it stores each
//     into its free-variable slot too, and no uop rebinds those slots
//     (STORE_DEREF and DELETE_DEREF change the cell's contents).
// The lowering then emits LOAD_CONST_BORROWED / LOAD_FAST_BORROWED /
// COPY_FREE_VARS_BORROWED, no DECREF, COPY_REF (an incref) where a borrowed
// value flows into a block argument, and an owned copy for a uop that takes
// its input's reference (RETURN_VALUE; catalog flag `takes-ref`).
//
// Why sound: a borrowed register's object is referenced by co_consts or
// by the frame's own slot for as long as the activation runs, so it cannot
// be freed while the register holds it. Every place that needs an owned
// reference (block arguments, the frame's stack at an exit, a uop that
// takes the reference, a local store) increfs it.
//
// Not done: generators and coroutines (a resumed activation reloads its
// values from the frame as owned references), values made by other uops
// (their C bodies return new references), locals that are rebound, and
// values kept alive by an enclosing container (the lowering borrows short
// reads from containers: LowerToFlat.cpp, borrowShortReads).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_REMOVEREFCOUNTS
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// The localsplus slots `op` writes, or nullopt when it may write any.
std::optional<llvm::SmallVector<int64_t, 1>> slotsWritten(Operation *op, const UopInfo &info) {
  llvm::SmallVector<int64_t, 1> slots;
  for (const StackItem &out : info.outputs)
    if (out.kind == StackItem::ToLocal)
      return std::nullopt;
  // ToFreeVars outputs (COPY_FREE_VARS) go to the free-variable slots, the
  // last ones of localsplus: never an argument's.
  if (!info.has(LocalWr))
    return slots;
  // A local-writing uop names its slot by oparg, or by next_oparg when it
  // has that immediate (see the flag's doc in UopBase.td).
  for (const char *name : {"next_oparg", "oparg"})
    if (auto slot = op->getAttrOfType<IntegerAttr>(name)) {
      slots.push_back(slot.getInt());
      return slots;
    }
  return std::nullopt;
}

struct RemoveRefcounts : impl::RemoveRefcountsBase<RemoveRefcounts> {
  PassCounter numConsts{this, "consts-borrowed", "loads of constants that take no reference"};
  PassCounter numArgs{this, "args-borrowed", "arguments whose registers borrow the frame's"};
  PassCounter numCells{this, "cells-borrowed", "closures copied whose cells take no reference"};
  uint64_t consts = 0, args = 0, cells = 0;

  void runOnOperation() override {
    consts = args = cells = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numConsts += consts;
    numArgs += args;
    numCells += cells;
  }

  void run(uop::FuncOp func) {
    Block &entry = func.getBody().front();
    if (!entry.empty() && isa<uop::GeneratorOp>(entry.front()))
      return;
    Builder b(func.getContext());
    func.walk([&](uop::LoadConstOp load) {
      if (!load->hasAttr("borrowed")) {
        load->setAttr("borrowed", b.getUnitAttr());
        ++consts;
      }
    });
    func.walk([&](uop::CopyFreeVarsOp copy) {
      if (!copy->hasAttr("borrowed")) {
        copy->setAttr("borrowed", b.getUnitAttr());
        ++cells;
      }
    });

    // Arguments: used, and never replaced in their slot.
    llvm::BitVector candidate(entry.getNumArguments());
    for (BlockArgument arg : entry.getArguments())
      if (!arg.use_empty())
        candidate.set(arg.getArgNumber());
    func.walk([&](Operation *op) {
      if (auto fs = dyn_cast<uop::FrameStateOp>(op)) {
        for (auto [slot, v] : llvm::enumerate(fs.getLocals()))
          if (slot < candidate.size() && uop::stripCasts(v) != entry.getArgument(slot))
            candidate.reset(slot);
        return;
      }
      const UopInfo *info = uop::getUopInfo(op);
      if (!info)
        return;
      std::optional<llvm::SmallVector<int64_t, 1>> written = slotsWritten(op, *info);
      if (!written) {
        candidate.reset();
        return;
      }
      for (int64_t slot : *written)
        if (slot >= 0 && slot < (int64_t)candidate.size())
          candidate.reset(slot);
    });
    llvm::SmallVector<int64_t> slots(candidate.set_bits_begin(), candidate.set_bits_end());
    if (!slots.empty())
      func->setAttr("borrowed_args", b.getDenseI64ArrayAttr(slots));
    args += slots.size();
  }
};

} // namespace
} // namespace uopjit
