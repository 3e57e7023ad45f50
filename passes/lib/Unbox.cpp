//===- Unbox.cpp - --uop-unbox --------------------------------------------===//
//
// What: float arithmetic whose result only feeds more float arithmetic
// runs on unboxed doubles: no float object is allocated for the
// intermediate values. In `x*x + y*y` the two products never become
// objects; only the sum is boxed, where something needs an object (a
// local, a call, a list, a return, a block argument).
//
// A float op is a candidate when its inputs are exact floats: the
// specialized BINARY_OP_ADD/SUBTRACT/MULTIPLY_FLOAT, and the generic
// BINARY_OP (+, -, *, /, in place or not) whose inputs the types show to be
// exact floats. A candidate is rewritten when it feeds another candidate or
// is fed by one. Its inputs come from the candidate that made them, or
// through UNBOX_FLOAT; the op becomes ADD/SUBTRACT/MULTIPLY_F64 or
// TRUE_DIVIDE_F64; a BOX_FLOAT at the op's place serves the users that need
// an object. A frame state may keep an unboxed value on its stack: leaving
// there boxes it (the lowering marks the exit's stack entry).
//
// Why sound: on exact floats, CPython's float methods compute exactly the
// C double operation (float_add, float_sub, float_mul, float_div); the
// only failures are MemoryError while allocating the result (BOX_FLOAT,
// with the original op's frame state, raises it at the same instruction)
// and ZeroDivisionError (TRUE_DIVIDE_F64 deoptimizes when the divisor is
// 0.0, and the interpreter raises it). Unboxed values never reach a local:
// frame states' locals and stores take the boxed value.
//
// A fused float comparison (COMPARE_FLOAT_BIT, from --uop-fuse-branches)
// fed by a candidate compares the doubles (COMPARE_F64_BIT), so in
// `if x*x + y*y > 4.0:` the sum is never boxed. Its mask says what a NaN
// decides (only != holds), so the GUARD_BOTH_NOT_NAN that protected the
// object comparison goes: the doubles' comparison gives Python's answer
// for a NaN too.
//
// Not done: ints (they need overflow checks to stay in 64 bits), values
// carried around a loop in registers (a loop-carried float is boxed at the
// back edge), generators.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_UNBOX
#include "uopjit/Passes/Passes.h.inc"

namespace {

enum class F64Op { None, Add, Subtract, Multiply, TrueDivide, Compare };

bool isExactFloat(Value v) { return uop::isExactly(v.getType(), "float"); }

/// What float operation `op` is, when its inputs are exact floats.
F64Op floatOpOf(Operation *op) {
  if (isa<uop::CompareFloatBitOp>(op))
    return isExactFloat(op->getOperand(0)) && isExactFloat(op->getOperand(1)) ? F64Op::Compare
                                                                              : F64Op::None;
  if (isa<uop::BinaryOpAddFloatOp>(op))
    return F64Op::Add;
  if (isa<uop::BinaryOpSubtractFloatOp>(op))
    return F64Op::Subtract;
  if (isa<uop::BinaryOpMultiplyFloatOp>(op))
    return F64Op::Multiply;
  auto generic = dyn_cast<uop::BinaryOpOp>(op);
  if (!generic || !isExactFloat(op->getOperand(0)) || !isExactFloat(op->getOperand(1)))
    return F64Op::None;
  switch (generic.getOparg() % 13) { // NB_INPLACE_x = NB_x + 13
  case 0: return F64Op::Add;
  case 10: return F64Op::Subtract;
  case 5: return F64Op::Multiply;
  case 11: return F64Op::TrueDivide;
  default: return F64Op::None;
  }
}

struct Unbox : impl::UnboxBase<Unbox> {
  PassCounter numUnboxed{this, "values-unboxed", "float results kept as doubles"};
  PassCounter numBoxes{this, "boxes", "BOX_FLOAT made for users that need an object"};
  PassCounter numNanGuards{this, "nan-guards-removed",
                           "GUARD_BOTH_NOT_NAN before a comparison of doubles"};
  uint64_t unboxed = 0, boxes = 0, nanGuards = 0;

  void runOnOperation() override {
    unboxed = boxes = nanGuards = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numUnboxed += unboxed;
    numBoxes += boxes;
    numNanGuards += nanGuards;
  }

  Operation *create(OpBuilder &b, Location loc, llvm::StringRef name, ValueRange operands,
                    Type result) {
    OperationState st(loc, name);
    st.addOperands(operands);
    st.addTypes(result);
    return b.create(st);
  }

  /// COMPARE_FLOAT_BIT `op` on the doubles `operands`.
  void compareDoubles(OpBuilder &b, Operation *op, llvm::ArrayRef<Value> operands) {
    Operation *cmp = create(b, op->getLoc(), "uop.compare_f64_bit", operands,
                            op->getResult(0).getType());
    cmp->setAttr("mask", op->getAttr("mask"));
    op->getResult(0).replaceAllUsesWith(cmp->getResult(0));
    ++unboxed;
  }

  /// The NaN guard of the comparison `op`'s inputs above it in its block
  /// goes: the doubles' comparison decides a NaN as Python does. Before any
  /// rewriting, while the guard and `op` still name the same values.
  void removeNanGuard(Operation *op) {
    for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode())
      if (isa<uop::GuardBothNotNanOp>(prev) &&
          uop::stripCasts(prev->getOperand(0)) == uop::stripCasts(op->getOperand(0)) &&
          uop::stripCasts(prev->getOperand(1)) == uop::stripCasts(op->getOperand(1))) {
        prev->erase();
        ++nanGuards;
        return;
      }
  }

  void run(uop::FuncOp func) {
    Block &entry = func.getBody().front();
    if (!entry.empty() && isa<uop::GeneratorOp>(entry.front()))
      return;
    // Candidates in program order, then those worth rewriting: chained to
    // another candidate.
    llvm::SetVector<Operation *> candidates, chosen;
    func.walk([&](Operation *op) {
      if (floatOpOf(op) != F64Op::None)
        candidates.insert(op);
    });
    for (Operation *op : candidates) {
      bool feeds = llvm::any_of(op->getResult(0).getUsers(), [&](Operation *user) {
        return candidates.contains(user);
      });
      bool fed = llvm::any_of(uop::getUopInputs(op), [&](Value in) {
        return in.getDefiningOp() && candidates.contains(in.getDefiningOp());
      });
      if (feeds || fed)
        chosen.insert(op);
    }
    for (Operation *op : chosen)
      if (floatOpOf(op) == F64Op::Compare)
        removeNanGuard(op);
    MLIRContext *ctx = func.getContext();
    Type f64 = Float64Type::get(ctx);
    llvm::DenseMap<Value, Value> doubleOf;
    // One UNBOX_FLOAT per object and block: later uses in the block are
    // below it.
    llvm::DenseMap<std::pair<Value, Block *>, Value> unboxedIn;
    for (Operation *op : chosen) {
      OpBuilder b(op);
      Location loc = op->getLoc();
      Value state = uop::getUopFrameState(op);
      llvm::SmallVector<Value, 3> operands;
      for (Value in : uop::getUopInputs(op)) {
        Value d = doubleOf.lookup(in);
        if (!d) {
          Value &cached = unboxedIn[{in, op->getBlock()}];
          if (!cached)
            cached = create(b, loc, "uop.unbox_float", in, f64)->getResult(0);
          d = cached;
        }
        operands.push_back(d);
      }
      F64Op kind = floatOpOf(op);
      if (kind == F64Op::Compare) {
        compareDoubles(b, op, operands);
        continue;
      }
      static const char *names[] = {"", "uop.add_f64", "uop.subtract_f64", "uop.multiply_f64",
                                    "uop.true_divide_f64"};
      if (kind == F64Op::TrueDivide)
        operands.push_back(state); // it deoptimizes on a zero divisor
      Value d = create(b, loc, names[(int)kind], operands, f64)->getResult(0);
      Value result = op->getResult(0);
      doubleOf[result] = d;
      ++unboxed;
      // Users that need an object get one boxed here; frame states may
      // keep the double on their stack.
      Value boxed;
      for (OpOperand &use : llvm::make_early_inc_range(result.getUses())) {
        Operation *user = use.getOwner();
        if (chosen.contains(user))
          continue; // rewritten from doubleOf
        if (auto fs = dyn_cast<uop::FrameStateOp>(user);
            fs && use.getOperandNumber() >= fs.getNumLocals() && !boxed) {
          use.set(d);
          continue;
        }
        if (!boxed) {
          boxed = create(b, loc, "uop.box_float", {d, state}, result.getType())->getResult(0);
          ++boxes;
        }
        use.set(boxed);
      }
      // Frame states that took the double before the box existed keep it:
      // both say the same value.
    }
    for (Operation *op : llvm::reverse(chosen))
      op->erase();
  }
};

} // namespace
} // namespace uopjit
