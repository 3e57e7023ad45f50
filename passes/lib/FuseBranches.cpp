//===- FuseBranches.cpp - --uop-fuse-branches -----------------------------===//
//
// What: a comparison whose only use is the POP_JUMP_*_IF_TRUE/FALSE that
// tests it becomes one uop that computes the jump's decision as a raw bit:
//
//   COMPARE_OP_INT, COMPARE_OP_FLOAT  ->  COMPARE_INT_BIT, COMPARE_FLOAT_BIT
//   COMPARE_OP_STR, IS_OP             ->  COMPARE_STR_BIT, IS_BIT
//
// The interpreter runs such a pair as one superinstruction
// (COMPARE_OP_INT_JUMP); as uops it was four: the compare making a bool, the
// jump testing it, the DECREF of the bool and the branch. Fused it is two:
// the bit and the branch. The bit's `mask` holds the outcomes (less, equal,
// greater, unordered; encoded as in FlatProgram.h) on which the jump is
// taken: the comparison's own for a jump if true, the complement for a jump
// if false.
//
// Why sound: on the types their guards (or the facts) established, the
// compares are pure and produce Py_True or Py_False, and IS_OP is pointer
// identity; a POP_JUMP on Py_True or Py_False calls no __bool__ and cannot
// fail, so its frame state is never used. The bool is not observable
// anywhere else: the pass fuses only when nothing but the jump, and frame
// states that only the jump uses, uses it. IS_OP's release of its inputs
// (the only way it could run code, through __del__) stays with the
// lowering, which releases the inputs after their last use.
//
// Not done: the generic COMPARE_OP (it may call __lt__ and fail), a bool
// that is also stored or returned. (--uop-unbox later moves a fused float
// comparison fed by unboxed arithmetic to doubles: COMPARE_F64_BIT.)
//
//===----------------------------------------------------------------------===//

#include "uopjit/IR/FlatProgram.h"
#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_FUSEBRANCHES
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// The mask (FlatProgram.h) of rich comparison `op` (Py_LT=0 .. Py_GE=5).
constexpr int64_t compareMask(int64_t op) {
  return (UOPJIT_COMPARE_MASKS >> (op * 4)) & UOPJIT_MASK_ALL;
}
/// `is` and `is not` are == and != on identity.
constexpr int64_t maskEqual = compareMask(2), maskNotEqual = compareMask(3);

/// The fused uop's name and the mask on which the comparison `cmp` is
/// true, when it can be fused.
std::optional<std::pair<StringRef, int64_t>> bitOf(Operation *cmp) {
  if (!cmp)
    return std::nullopt;
  auto oparg = [&]() { return cmp->getAttrOfType<IntegerAttr>("oparg").getInt(); };
  if (isa<uop::CompareOpIntOp, uop::CompareOpFloatOp, uop::CompareOpStrOp>(cmp)) {
    int64_t op = oparg();
    if (op < 0 || op > 5)
      return std::nullopt;
    StringRef name = isa<uop::CompareOpIntOp>(cmp)     ? "uop.compare_int_bit"
                     : isa<uop::CompareOpFloatOp>(cmp) ? "uop.compare_float_bit"
                                                       : "uop.compare_str_bit";
    return std::make_pair(name, compareMask(op));
  }
  if (isa<uop::IsOpOp>(cmp))
    return std::make_pair(StringRef("uop.is_bit"), oparg() ? maskNotEqual : maskEqual);
  return std::nullopt;
}

struct FuseBranches : impl::FuseBranchesBase<FuseBranches> {
  PassCounter numFused{this, "branches-fused",
                       "comparisons and their POP_JUMP_* made one raw-bit uop"};

  void runOnOperation() override {
    llvm::SmallVector<Operation *> jumps;
    getOperation()->walk([&](Operation *op) {
      if (isa<uop::PopJumpForwardIfTrueOp, uop::PopJumpBackwardIfTrueOp,
              uop::PopJumpForwardIfFalseOp, uop::PopJumpBackwardIfFalseOp>(op))
        jumps.push_back(op);
    });
    uint64_t fused = 0;
    for (Operation *jump : jumps)
      fused += fuse(jump);
    numFused += fused;
  }

  bool fuse(Operation *jump) {
    Value cond = uop::getUopInputs(jump)[0];
    Operation *cmp = cond.getDefiningOp();
    std::optional<std::pair<StringRef, int64_t>> bit = bitOf(cmp);
    if (!bit)
      return false;
    Value state = uop::getUopFrameState(jump);
    // Only the jump, and frame states only the jump uses, see the bool.
    for (Operation *user : cond.getUsers())
      if (user != jump && !(state && user == state.getDefiningOp() && state.hasOneUse()))
        return false;
    bool ifFalse = isa<uop::PopJumpForwardIfFalseOp, uop::PopJumpBackwardIfFalseOp>(jump);
    OpBuilder b(jump);
    OperationState st(jump->getLoc(), bit->first);
    st.addOperands(uop::getUopInputs(cmp));
    st.addAttribute("mask", b.getI32IntegerAttr(ifFalse ? bit->second ^ UOPJIT_MASK_ALL : bit->second));
    st.addTypes(jump->getResult(0).getType());
    Operation *fusedOp = b.create(st);
    jump->getResult(0).replaceAllUsesWith(fusedOp->getResult(0));
    jump->erase();
    if (state && state.use_empty())
      state.getDefiningOp()->erase();
    if (cmp->use_empty())
      cmp->erase();
    return true;
  }
};

} // namespace
} // namespace uopjit
