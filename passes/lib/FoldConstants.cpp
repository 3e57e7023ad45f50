//===- FoldConstants.cpp - --uop-fold-constants ---------------------------===//
//
// What: replaces uops whose inputs are constants by their result, reading
// the `const` facts `--uop-specialize-types` wrote into the types:
//   - COMPARE_OP_INT/FLOAT/STR of two constants: True or False;
//   - BINARY_OP_ADD/SUBTRACT/MULTIPLY_INT of two constants: the int;
//   - IS_OP of two singletons (None, True, False), UNARY_NOT of a constant;
//   - POP_JUMP_*_IF_TRUE/FALSE/NONE/NOT_NONE whose input's truth (or
//     None-ness) is known: the jump's `taken` becomes an `arith.constant`,
//     and canonicalize then turns the `cf.cond_br` into a `cf.br` and
//     drops the dead block.
// A folded object is materialized as `uop.load_singleton` (None, False,
// True), `uop.load_small_int` (-5..256, the interpreter's cached ints) or
// the `uop.load_const` of an equal co_consts entry; when none fits, the
// uop stays.
//
// Why sound: these uops compute their result from their inputs' values
// alone, and with constant inputs they cannot escape or fail (the int
// ops could raise MemoryError only while allocating the result, which
// folding no longer does). Truth of a constant is fixed: a bool, None, an
// int, a float or a str has no user __bool__. Exact types other than
// NoneType are never None.
//
// Not done: floats and strs that co_consts lacks (there is no uop to make
// an arbitrary object), ints beyond the small-int cache, generic BINARY_OP
// (it could call user code unless both types are known; unboxing is the
// place for that).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_FOLDCONSTANTS
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// The constant a value is known to be, if any.
Attribute constantOf(Value v) {
  auto type = dyn_cast<uop::ObjectType>(v.getType());
  return type ? type.getConstant() : Attribute();
}

std::optional<int64_t> intConstant(Value v) { return uop::intConstant(v.getType()); }

/// Python truth of a constant, or of a value known to be None.
std::optional<bool> truthOf(Value v) {
  if (uop::isExactly(v.getType(), "NoneType"))
    return false;
  Attribute c = constantOf(v);
  if (auto b = dyn_cast_or_null<BoolAttr>(c))
    return b.getValue();
  if (auto i = dyn_cast_or_null<IntegerAttr>(c))
    return i.getInt() != 0;
  if (auto f = dyn_cast_or_null<FloatAttr>(c))
    return !f.getValue().isZero();
  if (auto s = dyn_cast_or_null<StringAttr>(c))
    return !s.getValue().empty();
  return std::nullopt;
}

std::optional<bool> isNone(Value v) {
  auto type = dyn_cast<uop::ObjectType>(v.getType());
  if (!type || !type.getExactType())
    return std::nullopt;
  return uop::isExactly(type, "NoneType");
}

/// A comparison (Py_LT .. Py_GE) of two ordered values.
template <typename T> bool compare(int64_t op, const T &a, const T &b) {
  switch (op) {
  case 0: return a < b;
  case 1: return a <= b;
  case 2: return a == b;
  case 3: return a != b;
  case 4: return a > b;
  default: return a >= b;
  }
}

struct FoldConstants : impl::FoldConstantsBase<FoldConstants> {
  PassCounter numFolded{this, "constants-folded", "uops replaced by the constant they compute"};
  PassCounter numBranches{this, "branches-folded", "jumps on a condition known in advance"};
  uint64_t folded = 0, branches = 0;

  void runOnOperation() override {
    folded = branches = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numFolded += folded;
    numBranches += branches;
  }

  /// A uop that makes the object `type` describes, before `at`; null when
  /// no uop can.
  Value materialize(OpBuilder &b, Location loc, uop::ObjectType type, uop::FuncOp func) {
    Attribute c = type.getConstant();
    auto make = [&](llvm::StringRef name, int64_t oparg) {
      OperationState st(loc, name);
      st.addAttribute("oparg", b.getI32IntegerAttr(oparg));
      st.addTypes(type);
      return b.create(st)->getResult(0);
    };
    if (uop::isExactly(type, "NoneType"))
      return make("uop.load_singleton", 0);
    if (auto flag = dyn_cast_or_null<BoolAttr>(c))
      return make("uop.load_singleton", flag.getValue() ? 2 : 1);
    if (auto i = dyn_cast_or_null<IntegerAttr>(c); i && i.getInt() >= -5 && i.getInt() <= 256)
      return make("uop.load_small_int", i.getInt() + 5);
    if (std::optional<ArrayAttr> consts = func.getConsts())
      for (auto [k, entry] : llvm::enumerate(consts->getAsValueRange<TypeAttr>()))
        if (entry == type)
          return make("uop.load_const", k);
    return Value();
  }

  /// The constant result of `op`, if its inputs make it one.
  uop::ObjectType fold(Operation *op) {
    MLIRContext *ctx = op->getContext();
    Builder b(ctx);
    auto boolean = [&](bool v) { return uop::exactObjectType(ctx, "bool", b.getBoolAttr(v)); };
    auto oparg = [&]() { return op->getAttrOfType<IntegerAttr>("oparg").getInt(); };
    if (isa<uop::CompareOpIntOp, uop::CompareOpFloatOp, uop::CompareOpStrOp>(op)) {
      Attribute l = constantOf(op->getOperand(0)), r = constantOf(op->getOperand(1));
      if (auto a = dyn_cast_or_null<IntegerAttr>(l))
        if (auto c = dyn_cast_or_null<IntegerAttr>(r))
          return boolean(compare(oparg(), a.getInt(), c.getInt()));
      if (auto a = dyn_cast_or_null<FloatAttr>(l))
        if (auto c = dyn_cast_or_null<FloatAttr>(r))
          return boolean(compare(oparg(), a.getValueAsDouble(), c.getValueAsDouble()));
      if (auto a = dyn_cast_or_null<StringAttr>(l))
        if (auto c = dyn_cast_or_null<StringAttr>(r))
          return boolean(compare(oparg(), a.getValue(), c.getValue()));
      return {};
    }
    if (isa<uop::BinaryOpAddIntOp, uop::BinaryOpSubtractIntOp, uop::BinaryOpMultiplyIntOp>(op)) {
      std::optional<int64_t> l = intConstant(op->getOperand(0)), r = intConstant(op->getOperand(1));
      if (!l || !r)
        return {};
      int64_t v;
      bool overflow = isa<uop::BinaryOpAddIntOp>(op)        ? __builtin_add_overflow(*l, *r, &v)
                      : isa<uop::BinaryOpSubtractIntOp>(op) ? __builtin_sub_overflow(*l, *r, &v)
                                                             : __builtin_mul_overflow(*l, *r, &v);
      if (overflow)
        return {};
      return uop::exactObjectType(ctx, "int", b.getI64IntegerAttr(v));
    }
    if (isa<uop::IsOpOp>(op)) {
      // Singletons only: two equal ints need not be the same object.
      auto singleton = [](Value v) -> std::optional<int> {
        if (isNone(v) == std::optional<bool>(true))
          return 0;
        if (auto flag = dyn_cast_or_null<BoolAttr>(constantOf(v)))
          return flag.getValue() ? 2 : 1;
        return std::nullopt;
      };
      std::optional<int> l = singleton(op->getOperand(0)), r = singleton(op->getOperand(1));
      if (!l || !r)
        return {};
      return boolean((*l == *r) != (oparg() != 0));
    }
    if (isa<uop::UnaryNotOp>(op))
      if (std::optional<bool> truth = truthOf(op->getOperand(0)))
        return boolean(!*truth);
    return {};
  }

  /// Whether the jump `op` is taken, if its input decides it.
  std::optional<bool> foldJump(Operation *op) {
    if (isa<uop::PopJumpForwardIfFalseOp, uop::PopJumpBackwardIfFalseOp>(op))
      if (std::optional<bool> t = truthOf(op->getOperand(0)))
        return !*t;
    if (isa<uop::PopJumpForwardIfTrueOp, uop::PopJumpBackwardIfTrueOp>(op))
      return truthOf(op->getOperand(0));
    if (isa<uop::PopJumpForwardIfNoneOp, uop::PopJumpBackwardIfNoneOp>(op))
      return isNone(op->getOperand(0));
    if (isa<uop::PopJumpForwardIfNotNoneOp, uop::PopJumpBackwardIfNotNoneOp>(op))
      if (std::optional<bool> none = isNone(op->getOperand(0)))
        return !*none;
    return std::nullopt;
  }

  void run(uop::FuncOp func) {
    llvm::SmallVector<Operation *> ops;
    func.walk([&](Operation *op) { ops.push_back(op); });
    for (Operation *op : ops) {
      OpBuilder b(op);
      if (std::optional<bool> taken = foldJump(op)) {
        Value c = arith::ConstantIntOp::create(b, op->getLoc(), *taken, 1);
        op->getResult(0).replaceAllUsesWith(c);
        op->erase();
        ++branches;
        continue;
      }
      uop::ObjectType result = fold(op);
      if (!result)
        continue;
      if (Value v = materialize(b, op->getLoc(), result, func)) {
        // Uses that need the old type (operands passed to a block argument
        // or loop value) get a cast; the others see the constant.
        Value old = op->getResult(0), widened;
        old.replaceUsesWithIf(v, [&](OpOperand &use) {
          return !isa<BranchOpInterface, uop::LoopOp, uop::ContinueOp, uop::BreakOp>(
              use.getOwner());
        });
        if (!old.use_empty()) {
          widened = uop::CastOp::create(b, op->getLoc(), old.getType(), v);
          old.replaceAllUsesWith(widened);
        }
        op->erase();
        ++folded;
      }
    }
  }
};

} // namespace
} // namespace uopjit
