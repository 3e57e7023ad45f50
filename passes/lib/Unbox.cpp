//===- Unbox.cpp - --uop-unbox --------------------------------------------===//
//
// What: arithmetic whose result only feeds more arithmetic runs on
// unboxed values: doubles (`f64`) for floats, 64-bit ints (`i64`) for ints.
// No object is allocated for the intermediate values. In `x*x + y*y` the
// two products never become objects; in spectral norm's
// `1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)` none of the six ints does.
// Only a result something needs as an object is boxed: a local, a call, a
// list, a return, a block argument.
//
// Candidates, when their inputs are known exact (from the types or a
// guard):
//   floats  BINARY_OP_ADD/SUBTRACT/MULTIPLY_FLOAT, and the generic BINARY_OP
//           (+ - * / **) on two floats or a float and an int: *_F64;
//   ints    BINARY_OP_ADD/SUBTRACT/MULTIPLY_INT, and the generic BINARY_OP
//           (+ - * // % & | ^ << >>) on two ints: *_I64; int / int is
//           TRUE_DIVIDE_I64, a double;
//   fused comparisons COMPARE_FLOAT_BIT / COMPARE_INT_BIT (from
//           --uop-fuse-branches): COMPARE_F64_BIT / COMPARE_I64_BIT.
// Speculation: 3.11 never specializes // % & | ^ << >>, so nothing tells
// the type of their inputs; with an int on one side and nothing known of
// the other, the other is taken to be an int (GUARD_BOTH_INT at the op's
// frame state). A wrong guess deoptimizes there, and the runtime's
// recompilations make the site generic. Likewise / and ** (never
// specialized for floats): with a float on one side and nothing known of
// the other, the other is taken to be a float (GUARD_BOTH_FLOAT). A
// parameter is guessed to be what it was in the call that made the
// runtime compile the function (`observed_arg_types`): an int there is
// guarded as one (and converted where a double is wanted: mandelbrot's
// `2.5 * x / width` deoptimized on every call when `width` was guessed a
// float), and one observed as another type (a str) is not guessed at all.
// A guard left on a rewritten op's result alone, or on it and a value of
// the same known type, checks nothing and goes.
// A candidate is rewritten when it feeds another candidate or is fed by
// one, and a generic BINARY_OP always (even alone it saves PyNumber_*'s
// dispatch). An int comparison only where it spares an input's box (a
// candidate's result nothing else needs as an object): comparing i64s
// costs what comparing one-digit int objects costs. Its inputs come from the candidate that made them, or through
// one UNBOX_FLOAT / UNBOX_INT per object and block (an int converted by
// I64_TO_F64 where a double is wanted); a BOX_FLOAT / BOX_INT at the op's
// place serves the users that need an object. An int constant within 32
// bits is an immediate (CONST_I64); `//` and `%` by a power of two are a
// shift and a mask. A frame state may keep an
// unboxed value on its stack: leaving there boxes it (the lowering marks
// the exit's stack entry).
//
// Why sound: on exact floats, CPython's float methods compute exactly the
// C double operation (float_add, float_sub, float_mul, float_div), and an
// int operand is converted as PyLong_AsDouble does (correctly rounded).
// On exact ints, CPython's result equals the 64-bit one whenever that does
// not overflow; every int uop deoptimizes where it would (the sum, product,
// quotient or shift that leaves 64 bits; an input of more than two digits
// for UNBOX_INT; beyond 2**53 for int / int, where long_true_divide
// divides exactly), and where CPython raises (a zero divisor, a negative
// shift count): the interpreter then re-runs the instruction with boxed
// inputs and does what CPython does. The other failure is MemoryError
// while boxing, raised by BOX_* with the original op's frame state at the
// same instruction. A site the runtime made generic (it deoptimized there
// again and again) is left as it is.
//
// Locals: a result that only frame states and STORE_FASTs want as an
// object is not boxed; the frame states hold the double or i64 and the
// stores go. The lowering boxes and stores the local where Python code
// may look at the frame (before a uop that may run code) and the exits do
// elsewhere, so the frame the interpreter or any Python code sees holds
// the object CPython would have stored. A float or int carried around a
// loop (`zr = zr2 - zi2 + cr`, `count += 1`) becomes an `f64` or `i64` loop
// argument when each iteration makes it unboxed and the loop only reads it
// unboxed: unboxed once before the loop, boxed once at each exit. An op
// that computes a loop variable from itself is rewritten even alone.
//
// A comparison's guard (GUARD_BOTH_NOT_NAN, GUARD_BOTH_SMALL_INT) goes
// with it: the doubles' comparison decides a NaN by the mask's unordered
// bit, as Python does, and the i64 one needs no one-digit ints.
//
// A float local that starts unbound and that each iteration assigns before
// reading it (`dx = b1[0] - b2[0]` in an n-body step) is carried too: its
// `f64` starts as UNBOUND_F64, a signaling NaN no float operation makes,
// and where the frame is stored (an exit, a store before a call, the
// loop's exits) that value stores NULL, the unbound local CPython has
// there in the first iteration.
//
// Not done: an int loop value that starts unbound (a `for i in range()`
// variable), a loop value the loop also needs as an object, unary
// operators, `**` on ints, generators.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;

namespace uopjit {
#define GEN_PASS_DEF_UNBOX
#include "uopjit/Passes/Passes.h.inc"

namespace {

/// The unboxed forms: a double in an `f64` register, an int64_t in an
/// `i64` one. `Bit` is a comparison's raw result, never boxed.
enum class Num { None, F64, I64, Bit };

/// What `--uop-unbox` makes of one op: the uop, the form its inputs take,
/// the form of its result, and whether it deoptimizes (it then takes the
/// op's frame state).
struct Rewrite {
  const char *uop = nullptr;
  Num in = Num::None, out = Num::None;
  bool guard = false;
};

bool isExactFloat(Value v) { return uop::isExactly(v.getType(), "float"); }
bool isExactInt(Value v) { return uop::isExactly(v.getType(), "int"); }

/// The value of an int constant that fits an immediate (CONST_I64).
std::optional<int64_t> smallIntConstant(Value v) {
  std::optional<int64_t> c = uop::intConstant(v.getType());
  if (!c || *c < INT32_MIN || *c > INT32_MAX)
    return std::nullopt;
  return c;
}

/// log2 of `v`'s constant value when it is a power of two (`n // 2**k` is
/// `n >> k`, and `n % 2**k` is `n & (2**k - 1)`, on Python's ints too).
std::optional<int64_t> powerOfTwo(Value v) {
  std::optional<int64_t> c = smallIntConstant(v);
  if (!c || *c <= 0 || (*c & (*c - 1)) != 0)
    return std::nullopt;
  return llvm::countr_zero((uint64_t)*c);
}

/// The generic BINARY_OP `oparg` (NB_INPLACE_x = NB_x + 13) on two exact ints.
Rewrite intBinaryOp(int64_t oparg) {
  switch (oparg % 13) {
  case 0: return {"uop.add_i64", Num::I64, Num::I64, true};
  case 1: return {"uop.and_i64", Num::I64, Num::I64, false};
  case 2: return {"uop.floor_divide_i64", Num::I64, Num::I64, true};
  case 3: return {"uop.lshift_i64", Num::I64, Num::I64, true};
  case 5: return {"uop.multiply_i64", Num::I64, Num::I64, true};
  case 6: return {"uop.remainder_i64", Num::I64, Num::I64, true};
  case 7: return {"uop.or_i64", Num::I64, Num::I64, false};
  case 9: return {"uop.rshift_i64", Num::I64, Num::I64, true};
  case 10: return {"uop.subtract_i64", Num::I64, Num::I64, true};
  case 11: return {"uop.true_divide_i64", Num::I64, Num::F64, true};
  case 12: return {"uop.xor_i64", Num::I64, Num::I64, false};
  default: return {};
  }
}

/// The generic BINARY_OP `oparg` on exact floats, or a float and an int.
Rewrite floatBinaryOp(int64_t oparg) {
  switch (oparg % 13) {
  case 0: return {"uop.add_f64", Num::F64, Num::F64, false};
  case 5: return {"uop.multiply_f64", Num::F64, Num::F64, false};
  case 10: return {"uop.subtract_f64", Num::F64, Num::F64, false};
  case 11: return {"uop.true_divide_f64", Num::F64, Num::F64, true};
  case 8: return {"uop.power_f64", Num::F64, Num::F64, true};
  default: return {};
  }
}

/// Whether nothing is known of `v`'s type.
bool isUnknown(Value v) {
  auto type = dyn_cast<uop::ObjectType>(v.getType());
  return type && !type.getExactType() && !type.getTypeVersion();
}

/// What a speculation takes `v`, of unknown type, to be: an int or a float
/// as observed when it is a parameter the compiling call passed one of
/// those in (`observed_arg_types`), `otherwise` when nothing was observed;
/// nothing when `v`'s type is known or was observed as another type (a
/// str, a list: a guess of a number would deoptimize on the first run).
std::optional<Num> guessedNumber(Value v, Num otherwise) {
  if (!isUnknown(v))
    return std::nullopt;
  llvm::StringRef observed = uop::observedArgType(v);
  if (observed.empty())
    return otherwise;
  if (observed == "int")
    return Num::I64;
  if (observed == "float")
    return Num::F64;
  return std::nullopt;
}

/// Whether the generic BINARY_OP `oparg` is one CPython 3.11 never
/// specializes for ints (// % & | ^ << >>): the specializer says nothing
/// of its inputs' types.
bool isUnspecializedIntOp(int64_t oparg) {
  switch (oparg % 13) {
  case 1: case 2: case 3: case 6: case 7: case 9: case 12: return true;
  default: return false;
  }
}

/// Whether the generic BINARY_OP `oparg` is one CPython 3.11 never
/// specializes for floats (/ **): the specializer says nothing of its
/// inputs' types. (+ - * it specializes: a generic one saw something else.)
bool isUnspecializedFloatOp(int64_t oparg) {
  switch (oparg % 13) {
  case 8: case 11: return true;
  default: return false;
  }
}

/// What `op` becomes when its inputs are unboxed; `uop` is null when it is
/// not a candidate. `intResult` says whether a value is the result of an
/// int candidate. A site the runtime made generic (it deoptimized there
/// again and again) is left alone.
Rewrite rewriteOf(Operation *op, llvm::function_ref<bool(Value)> intResult) {
  if (op->hasAttr("generic"))
    return {};
  auto inputs = uop::getUopInputs(op);
  if (isa<uop::CompareFloatBitOp>(op))
    return isExactFloat(inputs[0]) && isExactFloat(inputs[1])
               ? Rewrite{"uop.compare_f64_bit", Num::F64, Num::Bit, false}
               : Rewrite{};
  if (isa<uop::CompareIntBitOp>(op))
    return isExactInt(inputs[0]) && isExactInt(inputs[1])
               ? Rewrite{"uop.compare_i64_bit", Num::I64, Num::Bit, false}
               : Rewrite{};
  if (isa<uop::BinaryOpAddFloatOp>(op))
    return {"uop.add_f64", Num::F64, Num::F64, false};
  if (isa<uop::BinaryOpSubtractFloatOp>(op))
    return {"uop.subtract_f64", Num::F64, Num::F64, false};
  if (isa<uop::BinaryOpMultiplyFloatOp>(op))
    return {"uop.multiply_f64", Num::F64, Num::F64, false};
  if (isa<uop::BinaryOpAddIntOp>(op))
    return {"uop.add_i64", Num::I64, Num::I64, true};
  if (isa<uop::BinaryOpSubtractIntOp>(op))
    return {"uop.subtract_i64", Num::I64, Num::I64, true};
  if (isa<uop::BinaryOpMultiplyIntOp>(op))
    return {"uop.multiply_i64", Num::I64, Num::I64, true};
  auto generic = dyn_cast<uop::BinaryOpOp>(op);
  if (!generic)
    return {};
  Value lhs = inputs[0], rhs = inputs[1];
  auto isInt = [&](Value v) { return isExactInt(v) || intResult(v); };
  if (isInt(lhs) && isInt(rhs))
    return intBinaryOp(generic.getOparg());
  // Speculation: `state << 13`, `h & MASK`, `n // 10` with one side an
  // int and nothing known of the other: it is taken to be an exact int too
  // (GUARD_BOTH_INT at the op's frame state), unless it is a parameter
  // observed as something else. Where it is not, the site deoptimizes, and
  // the runtime's recompilation makes it generic.
  auto guessedInt = [&](Value v) { return guessedNumber(v, Num::I64) == Num::I64; };
  if (isUnspecializedIntOp(generic.getOparg()) &&
      ((isInt(lhs) && guessedInt(rhs)) || (guessedInt(lhs) && isInt(rhs))))
    return intBinaryOp(generic.getOparg());
  // Speculation: `dt / d`, `d ** 0.5` with a float on one side and nothing
  // known of the other: it is taken to be an exact float too (GUARD_BOTH_FLOAT
  // at the op's frame state), or an int when it is a parameter observed as
  // one (`2.5 * x / width`: GUARD_BOTH_INT, converted), with the same way
  // back as for ints. `i / n` of an int and a parameter observed as an int
  // is int / int.
  auto guessed = [&](Value v) { return guessedNumber(v, Num::F64).has_value(); };
  if (isUnspecializedFloatOp(generic.getOparg()) &&
      ((isExactFloat(lhs) && guessed(rhs)) || (guessed(lhs) && isExactFloat(rhs))))
    return floatBinaryOp(generic.getOparg());
  if (isUnspecializedFloatOp(generic.getOparg()) &&
      ((isInt(lhs) && guessedNumber(rhs, Num::F64) == Num::I64) ||
       (guessedNumber(lhs, Num::F64) == Num::I64 && isInt(rhs))))
    return intBinaryOp(generic.getOparg());
  bool numbers = (isExactFloat(lhs) || isInt(lhs)) && (isExactFloat(rhs) || isInt(rhs));
  if (numbers && (isExactFloat(lhs) || isExactFloat(rhs)))
    return floatBinaryOp(generic.getOparg());
  return {};
}

struct Unbox : impl::UnboxBase<Unbox> {
  PassCounter numUnboxed{this, "values-unboxed", "results kept as doubles or 64-bit ints"};
  PassCounter numBoxes{this, "boxes", "BOX_FLOAT/BOX_INT made for users that need an object"};
  PassCounter numCompareGuards{this, "compare-guards-removed",
                               "GUARD_BOTH_NOT_NAN / GUARD_BOTH_SMALL_INT before a comparison "
                               "of unboxed values"};
  PassCounter numSpeculated{this, "ints-speculated",
                            "GUARD_BOTH_INT on an input of unknown type taken to be an int"};
  PassCounter numFloatsSpeculated{
      this, "floats-speculated",
      "GUARD_BOTH_FLOAT on an input of unknown type taken to be a float"};
  PassCounter numResultGuards{this, "result-guards-removed",
                              "guards that a rewritten op's result has the type it has"};
  PassCounter numCarried{this, "values-carried",
                         "loop variables carried around their loop as doubles or 64-bit ints"};
  PassCounter numLocalsKept{this, "locals-kept-unboxed",
                            "stores of a boxed result to a local left to the frame states"};
  uint64_t unboxed = 0, boxes = 0, compareGuards = 0, speculated = 0, floatsSpeculated = 0,
           resultGuards = 0, carried = 0, localsKept = 0;

  void runOnOperation() override {
    unboxed = boxes = compareGuards = speculated = floatsSpeculated = resultGuards = 0;
    carried = localsKept = 0;
    getOperation()->walk([&](uop::FuncOp func) { run(func); });
    numUnboxed += unboxed;
    numBoxes += boxes;
    numCompareGuards += compareGuards;
    numSpeculated += speculated;
    numFloatsSpeculated += floatsSpeculated;
    numResultGuards += resultGuards;
    numCarried += carried;
    numLocalsKept += localsKept;
  }

  Operation *create(OpBuilder &b, Location loc, llvm::StringRef name, ValueRange operands,
                    Type result) {
    OperationState st(loc, name);
    st.addOperands(operands);
    if (result)
      st.addTypes(result);
    return b.create(st);
  }

  /// The guard of the comparison `op`'s inputs just above it (nothing but
  /// pure ops between, and no other comparison), if any: after rewriting
  /// it goes, as the comparison of doubles decides a NaN as Python does and
  /// the one of i64s needs no one-digit ints. Its frame state is then that
  /// of `op`'s instruction.
  Operation *compareGuard(Operation *op) {
    for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode()) {
      if (isa<uop::GuardBothNotNanOp, uop::GuardBothSmallIntOp>(prev) &&
          uop::stripCasts(prev->getOperand(0)) == uop::stripCasts(op->getOperand(0)) &&
          uop::stripCasts(prev->getOperand(1)) == uop::stripCasts(op->getOperand(1)))
        return prev;
      if (isa<uop::FrameStateOp>(prev))
        continue;
      if (!isPure(prev) || isa<uop::CompareFloatBitOp, uop::CompareIntBitOp>(prev))
        return nullptr;
    }
    return nullptr;
  }

  /// The unboxed values of the rewritten ops' results, and of objects
  /// unboxed in a block (later uses in the block are below the unbox).
  llvm::DenseMap<Value, Value> unboxedOf;
  llvm::DenseMap<std::tuple<Value, Block *, int>, Value> unboxedIn;

  Value constI64(OpBuilder &b, Location loc, int64_t value) {
    Operation *c = create(b, loc, "uop.const_i64", {}, IntegerType::get(b.getContext(), 64));
    c->setAttr("oparg", b.getI32IntegerAttr((int32_t)value));
    return c->getResult(0);
  }

  /// `in` in the form `want` (F64 or I64), for an op at `b`'s place whose
  /// frame state is `state`: the unboxed result of a rewritten op (an i64
  /// converted when a double is wanted), or the object unboxed here.
  Value operand(OpBuilder &b, Location loc, Value in, Num want, Value state) {
    MLIRContext *ctx = b.getContext();
    Type f64 = Float64Type::get(ctx), i64 = IntegerType::get(ctx, 64);
    // A cast (a guard's, before this pass) is the same object.
    Value v = unboxedOf.lookup(uop::stripCasts(in));
    bool convert = want == Num::F64 && v && v.getType().isInteger(64);
    if (v && !convert)
      return v;
    Value &cached = unboxedIn[{in, b.getInsertionBlock(), (int)want}];
    if (cached)
      return cached;
    if (!v) {
      if (std::optional<int64_t> constant = smallIntConstant(in)) {
        v = constI64(b, loc, *constant);
      } else if (isExactFloat(in)) {
        v = create(b, loc, "uop.unbox_float", in, f64)->getResult(0);
      } else if (want == Num::F64 && !isExactInt(in) && uop::observedArgType(in) != "int") {
        // Speculated (rewriteOf): deoptimize unless it is an exact float.
        create(b, loc, "uop.guard_both_float", {in, in, state}, Type());
        ++floatsSpeculated;
        Type exactFloat = uop::ObjectType::get(ctx, false, StringAttr::get(ctx, "float"),
                                               std::nullopt, nullptr);
        Value cast = uop::CastOp::create(b, loc, exactFloat, in);
        v = create(b, loc, "uop.unbox_float", cast, f64)->getResult(0);
      } else {
        if (!isExactInt(in)) {
          // Speculated (rewriteOf): deoptimize unless it is an exact int.
          create(b, loc, "uop.guard_both_int", {in, in, state}, Type());
          ++speculated;
        }
        v = create(b, loc, "uop.unbox_int", {in, state}, i64)->getResult(0);
      }
    }
    if (want == Num::F64 && v.getType().isInteger(64))
      v = create(b, loc, "uop.i64_to_f64", v, f64)->getResult(0);
    return cached = v;
  }

  void run(uop::FuncOp func) {
    Block &entry = func.getBody().front();
    if (!entry.empty() && isa<uop::GeneratorOp>(entry.front()))
      return;
    unboxedOf.clear();
    unboxedIn.clear();
    // Candidates in program order, then those worth rewriting: chained to
    // another candidate, or a generic op (it saves the dispatch of
    // PyNumber_* even alone).
    llvm::SetVector<Operation *> candidates, chosen;
    llvm::DenseSet<Value> intResults;
    auto intResult = [&](Value v) { return intResults.contains(v); };
    auto rewriteOf = [&](Operation *op) { return uopjit::rewriteOf(op, intResult); };
    func.walk([&](Operation *op) {
      Rewrite rw = rewriteOf(op);
      if (!rw.uop)
        return;
      candidates.insert(op);
      if (rw.out == Num::I64)
        intResults.insert(op->getResult(0));
    });
    // A comparison has no frame state: an int one whose input is an object
    // unboxes it (UNBOX_INT may deoptimize) with its guard's.
    llvm::DenseMap<Operation *, Operation *> guardOf;
    for (Operation *op : candidates)
      if (rewriteOf(op).out == Num::Bit)
        if (Operation *guard = compareGuard(op))
          guardOf[op] = guard;
    auto isCandidateResult = [&](Value in) {
      return in.getDefiningOp() && candidates.contains(in.getDefiningOp());
    };
    // Whether rewriting spares the box of `v`: a candidate's result that
    // nothing needs as an object.
    auto sparesBox = [&](Value v) {
      return isCandidateResult(v) && llvm::all_of(v.getUses(), [&](OpOperand &use) {
               Operation *user = use.getOwner();
               if (auto fs = dyn_cast<uop::FrameStateOp>(user))
                 return use.getOperandNumber() >= fs.getNumLocals();
               return candidates.contains(user) ||
                      isa<uop::GuardBothIntOp, uop::GuardBothSmallIntOp>(user);
             });
    };
    // An int comparison is a sink. Comparing i64s costs what comparing
    // one-digit int objects costs, so it is rewritten only where that
    // spares an input's box; and an input still an object needs its
    // guard's frame state to be unboxed.
    candidates.remove_if([&](Operation *op) {
      if (!isa<uop::CompareIntBitOp>(op))
        return false;
      auto inputs = uop::getUopInputs(op);
      bool unboxable = guardOf.count(op) || llvm::all_of(inputs, [&](Value in) {
                         return isCandidateResult(in) || smallIntConstant(in);
                       });
      return !unboxable || !llvm::any_of(inputs, sparesBox);
    });
    for (Operation *op : candidates) {
      bool feeds = llvm::any_of(op->getResult(0).getUsers(), [&](Operation *user) {
        return candidates.contains(user);
      });
      bool fed = llvm::any_of(uop::getUopInputs(op), isCandidateResult);
      if (feeds || fed || accumulates(op, candidates) || isa<uop::BinaryOpOp>(op))
        chosen.insert(op);
    }
    // The frame states of the chosen comparisons' guards, which go.
    llvm::DenseMap<Operation *, Value> compareState;
    for (Operation *op : chosen)
      if (Operation *guard = guardOf.lookup(op)) {
        compareState[op] = uop::getUopFrameState(guard);
        guard->erase();
        ++compareGuards;
      }
    MLIRContext *ctx = func.getContext();
    Type f64 = Float64Type::get(ctx), i64 = IntegerType::get(ctx, 64);
    for (Operation *op : chosen) {
      Rewrite rw = rewriteOf(op);
      OpBuilder b(op);
      Location loc = op->getLoc();
      Value state = rw.out == Num::Bit ? compareState.lookup(op) : uop::getUopFrameState(op);
      llvm::SmallVector<Value, 3> operands;
      auto inputs = uop::getUopInputs(op);
      llvm::StringRef name = rw.uop ? rw.uop : "";
      std::optional<int64_t> log2 = powerOfTwo(inputs.back());
      if (log2 && (name == "uop.floor_divide_i64" || name == "uop.remainder_i64")) {
        // By a power of two: a shift or a mask, not a division.
        bool divide = name == "uop.floor_divide_i64";
        operands.push_back(operand(b, loc, inputs[0], Num::I64, state));
        operands.push_back(constI64(b, loc, divide ? *log2 : (int64_t(1) << *log2) - 1));
        rw = divide ? Rewrite{"uop.rshift_i64", Num::I64, Num::I64, true}
                    : Rewrite{"uop.and_i64", Num::I64, Num::I64, false};
      } else {
        for (Value in : inputs)
          operands.push_back(operand(b, loc, in, rw.in, state));
      }
      Value result = op->getResult(0);
      if (rw.out == Num::Bit) {
        Operation *cmp = create(b, loc, rw.uop, operands, result.getType());
        cmp->setAttr("mask", op->getAttr("mask"));
        result.replaceAllUsesWith(cmp->getResult(0));
        ++unboxed;
        continue;
      }
      if (rw.guard)
        operands.push_back(state);
      Value d = create(b, loc, rw.uop, operands, rw.out == Num::F64 ? f64 : i64)->getResult(0);
      unboxedOf[result] = d;
      ++unboxed;
      // Users that need an object get one boxed here; frame states may
      // keep the unboxed value on their stack.
      Value boxed;
      llvm::SmallSetVector<Operation *, 2> impliedGuards;
      for (OpOperand &use : llvm::make_early_inc_range(result.getUses())) {
        Operation *user = use.getOwner();
        if (chosen.contains(user))
          continue; // rewritten from unboxedOf
        // A cast that only rewritten ops use: they read the unboxed value
        // through it (operand() looks through casts).
        if (auto cast = dyn_cast<uop::CastOp>(user);
            cast && llvm::all_of(cast->getUsers(),
                                 [&](Operation *u) { return chosen.contains(u); })) {
          cast.getResult().replaceAllUsesWith(result);
          cast.erase();
          continue;
        }
        if (auto fs = dyn_cast<uop::FrameStateOp>(user);
            fs && use.getOperandNumber() >= fs.getNumLocals() && !boxed) {
          use.set(d);
          continue;
        }
        // GUARD_BOTH_INT/FLOAT checks that its first input has the exact
        // type and its second the same type. The result has it: the guard
        // checks the other input twice, and needs no box.
        bool sameType = rw.out == Num::I64 ? isa<uop::GuardBothIntOp>(user)
                                           : isa<uop::GuardBothFloatOp>(user);
        if (sameType && use.getOperandNumber() < 2) {
          Value other = user->getOperand(1 - use.getOperandNumber());
          // Nothing left to check when the other input is the result too
          // (a guard that `d ** 0.5` made a float) or known to have the type.
          bool otherKnown = other == result ||
                            (rw.out == Num::I64 ? isExactInt(other) : isExactFloat(other));
          if (!otherKnown) {
            use.set(other);
            continue;
          }
          impliedGuards.insert(user);
          continue;
        }
        if (!boxed) {
          const char *box = rw.out == Num::F64 ? "uop.box_float" : "uop.box_int";
          boxed = create(b, loc, box, {d, state}, result.getType())->getResult(0);
          ++boxes;
        }
        use.set(boxed);
      }
      // Frame states that took the unboxed value before the box existed
      // keep it: both say the same value.
      for (Operation *guard : impliedGuards)
        guard->erase();
      resultGuards += impliedGuards.size();
    }
    for (Operation *op : llvm::reverse(chosen))
      op->erase();
    // Inner loops first: a double carried around one may flow into the
    // loop around it.
    llvm::SmallVector<uop::LoopOp> loops;
    func.walk([&](uop::LoopOp loop) { loops.push_back(loop); });
    for (uop::LoopOp loop : loops)
      for (unsigned k = 0; k < loop.getInits().size(); ++k)
        carried += carryUnboxed(loop, k);
    llvm::SmallVector<Operation *> boxOps;
    func.walk([&](Operation *op) {
      if (isa<uop::BoxFloatOp, uop::BoxIntOp>(op))
        boxOps.push_back(op);
    });
    for (Operation *box : boxOps)
      localsKept += keepLocalUnboxed(box);
  }

  /// Whether `op` (a candidate) computes the next value of a loop variable
  /// from the current one (`count += 1`, `total += x`) that can be carried
  /// around its loop unboxed: a back edge passes its result where one of
  /// its inputs is the loop's argument, and the loop uses that argument
  /// only in candidates, frame states and its own exits (carryUnboxed).
  static bool accumulates(Operation *op, const llvm::SetVector<Operation *> &candidates) {
    llvm::SmallVector<Value> work{op->getResult(0)};
    while (!work.empty()) {
      for (OpOperand &use : work.pop_back_val().getUses()) {
        if (auto cast = dyn_cast<uop::CastOp>(use.getOwner())) {
          work.push_back(cast.getResult());
          continue;
        }
        auto cont = dyn_cast<uop::ContinueOp>(use.getOwner());
        if (!cont)
          continue;
        auto loop = cast<uop::LoopOp>(cont->getParentOp());
        unsigned k = use.getOperandNumber();
        Value arg = loop.getBody().front().getArgument(k);
        if (llvm::any_of(uop::getUopInputs(op),
                         [&](Value in) { return uop::stripCasts(in) == arg; }) &&
            onlyReadUnboxed(loop, k, candidates))
          return true;
      }
    }
    return false;
  }

  /// Whether the loop uses its argument `k` (through casts) only in
  /// `candidates`, frame states, its back edges as argument `k`, and its
  /// exits.
  static bool onlyReadUnboxed(uop::LoopOp loop, unsigned k,
                              const llvm::SetVector<Operation *> &candidates) {
    llvm::SmallVector<Value> work{loop.getBody().front().getArgument(k)};
    while (!work.empty()) {
      for (OpOperand &use : work.pop_back_val().getUses()) {
        Operation *user = use.getOwner();
        if (auto cast = dyn_cast<uop::CastOp>(user)) {
          work.push_back(cast.getResult());
          continue;
        }
        bool ours = user->getParentOp() == loop.getOperation();
        if (!(isa<uop::FrameStateOp>(user) || candidates.contains(user) ||
              (ours && isa<uop::BreakOp>(user)) ||
              (ours && isa<uop::ContinueOp>(user) && use.getOperandNumber() == k)))
          return false;
      }
    }
    return true;
  }

  /// The frame state of the last uop before `op` in its block that has
  /// one, else of its region's header (a loop's first op).
  static Value stateBefore(Operation *op) {
    for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode())
      if (Value state = uop::getUopFrameState(prev))
        return state;
    Operation &first = op->getParentRegion()->front().front();
    if (auto fs = dyn_cast<uop::FrameStateOp>(first))
      return fs.getState();
    return Value();
  }

  /// Loop-carried numbers: header argument `k` of `loop`, an exact float
  /// or int that every iteration computes unboxed (`zr = zr2 - zi2 + cr`,
  /// `count += 1`), becomes an `f64` or `i64` argument. The initial value is
  /// unboxed once before the loop (an int constant as CONST_I64, another int
  /// at the loop header's frame state, as UNBOX_INT deoptimizes beyond two
  /// digits); each back edge passes the
  /// value it boxed; in the loop, the argument's UNBOX_FLOAT / UNBOX_INT go
  /// and frame states keep the unboxed value; the loop's exits
  /// (`uop.break`) box it, at the frame state before them (MemoryError
  /// only). Not done when the loop needs the object itself (an argument of
  /// a call, a list index): it would be boxed again on every iteration.
  /// Returns 1 when done.
  unsigned carryUnboxed(uop::LoopOp loop, unsigned k) {
    Block &header = loop.getBody().front();
    BlockArgument arg = header.getArgument(k);
    Value init = loop.getInits()[k];
    // A float local that each iteration assigns before reading it (nbody's
    // `dx = b1[0] - b2[0]`) starts unbound: see startsUnbound below.
    bool startsUnbound = isa_and_nonnull<uop::NullOp>(uop::stripCasts(init).getDefiningOp());
    bool isFloat = startsUnbound || isExactFloat(arg);
    if (!isFloat && !isExactInt(arg))
      return 0;
    auto boxedValue = [&](Value v) -> Value {
      Operation *box = uop::stripCasts(v).getDefiningOp();
      if (box && (isFloat ? isa<uop::BoxFloatOp>(box) : isa<uop::BoxIntOp>(box)))
        return uop::getUopInputs(box)[0];
      return Value();
    };
    llvm::SmallVector<uop::ContinueOp> backEdges;
    for (Block &block : loop.getBody())
      if (auto cont = dyn_cast<uop::ContinueOp>(block.getTerminator()))
        backEdges.push_back(cont);
    // Worth it when every iteration makes the next value unboxed (the box
    // it would make goes) and the loop only reads the value unboxed:
    // otherwise it would be boxed again inside the loop.
    auto headerState = dyn_cast<uop::FrameStateOp>(header.front());
    std::optional<int64_t> initConstant = smallIntConstant(uop::stripCasts(init));
    if (!startsUnbound && !boxedValue(init) &&
        !(isFloat ? isExactFloat(init) : initConstant || (isExactInt(init) && headerState)))
      return 0;
    for (uop::ContinueOp cont : backEdges)
      if (!boxedValue(cont.getValues()[k]) && cont.getValues()[k] != arg)
        return 0;
    // Starting unbound, the argument is UNBOUND_F64 until an iteration
    // passes a double, and the exits and stores of the local store NULL
    // for it (the lowering's mayBeUnbound). Sound when no other double can
    // be UOPJIT_UNBOUND_F64_BITS, a signaling NaN: every back edge passes the
    // result of a float operation (x86 makes only quiet NaNs), never a
    // double unboxed from an object, which could hold any bits.
    auto madeByFloatOp = [](Value d) {
      return isa_and_nonnull<uop::AddF64Op, uop::SubtractF64Op, uop::MultiplyF64Op,
                             uop::TrueDivideF64Op, uop::PowerF64Op, uop::I64ToF64Op,
                             uop::TrueDivideI64Op>(d.getDefiningOp());
    };
    if (startsUnbound)
      for (uop::ContinueOp cont : backEdges)
        if (Value v = cont.getValues()[k]; v != arg && !madeByFloatOp(boxedValue(v)))
          return 0;
    // The argument passed on as itself, the next iteration's value.
    auto carriedHere = [&](OpOperand &use) {
      return isa<uop::ContinueOp>(use.getOwner()) &&
             use.getOwner()->getParentOp() == loop.getOperation() &&
             use.getOperandNumber() == k;
    };
    auto isUnbox = [&](Operation *op) {
      return isFloat ? isa<uop::UnboxFloatOp>(op) : isa<uop::UnboxIntOp>(op);
    };
    // The argument's uses, through casts.
    llvm::SmallVector<OpOperand *> uses;
    llvm::SmallVector<Operation *> casts;
    llvm::SmallVector<Value> work{arg};
    while (!work.empty()) {
      Value v = work.pop_back_val();
      for (OpOperand &use : v.getUses()) {
        Operation *user = use.getOwner();
        if (auto cast = dyn_cast<uop::CastOp>(user)) {
          casts.push_back(cast);
          work.push_back(cast.getResult());
          continue;
        }
        auto fs = dyn_cast<uop::FrameStateOp>(user);
        if (startsUnbound && (isUnbox(user) || (fs && use.getOperandNumber() >= fs.getNumLocals())))
          return 0; // read as a value: the loop reads the local before assigning it
        if ((isUnbox(user) && use.getOperandNumber() == 0) || fs)
          ; // takes the unboxed value
        else if (carriedHere(use))
          ; // carried to itself: rewritten with the back edges
        else if (!isa<uop::BreakOp>(user) || user->getParentOp() != loop.getOperation() ||
                 (!startsUnbound && !stateBefore(user)))
          return 0; // a box in the loop (an inner loop's exit too), or one with no
                    // frame state for its MemoryError
        uses.push_back(&use);
      }
    }
    MLIRContext *ctx = loop.getContext();
    Type unboxedType = isFloat ? Type(Float64Type::get(ctx)) : Type(IntegerType::get(ctx, 64));
    Value initValue = startsUnbound ? Value() : boxedValue(init);
    if (!initValue) {
      OpBuilder b(loop);
      if (startsUnbound) {
        initValue = create(b, loop.getLoc(), "uop.unbound_f64", {}, unboxedType)->getResult(0);
      } else if (isFloat) {
        initValue = create(b, loop.getLoc(), "uop.unbox_float", init, unboxedType)->getResult(0);
      } else if (initConstant) {
        initValue = constI64(b, loop.getLoc(), *initConstant);
      } else {
        Value state = uop::cloneHeaderStateOnInits(b, loop);
        initValue = create(b, loop.getLoc(), "uop.unbox_int", {init, state}, unboxedType)
                        ->getResult(0);
      }
    }
    Type objectType = arg.getType();
    arg.setType(unboxedType);
    for (OpOperand *use : uses) {
      Operation *user = use->getOwner();
      if (isUnbox(user)) {
        Value state = uop::getUopFrameState(user);
        user->getResult(0).replaceAllUsesWith(arg);
        user->erase();
        if (state && state.use_empty())
          state.getDefiningOp()->erase();
      } else if (isa<uop::FrameStateOp>(user) || carriedHere(*use)) {
        use->set(arg);
      } else {
        OpBuilder b(user);
        Type type = use->get() == arg ? objectType : use->get().getType();
        Operation *box =
            startsUnbound
                ? create(b, user->getLoc(), "uop.box_float_or_null", {arg}, type)
                : create(b, user->getLoc(), isFloat ? "uop.box_float" : "uop.box_int",
                         {arg, stateBefore(user)}, type);
        use->set(box->getResult(0));
        ++boxes;
      }
    }
    for (uop::ContinueOp cont : backEdges)
      if (cont.getValues()[k] != arg)
        cont->setOperand(k, boxedValue(cont.getValues()[k]));
    loop->setOperand(k, initValue);
    for (Operation *cast : llvm::reverse(casts))
      if (cast->use_empty())
        cast->erase();
    return 1;
  }

  /// A BOX_FLOAT or BOX_INT whose object only frame states and STORE_FASTs
  /// want: the frame states take the unboxed value and the stores go. The
  /// lowering stores the local, boxed, where Python code may see the frame,
  /// and the exits store it where the interpreter takes over. Returns 1
  /// when done.
  unsigned keepLocalUnboxed(Operation *box) {
    Value boxed = box->getResult(0);
    // Casts left unused by carryUnboxed (a back edge's widening) go first.
    for (Operation *user : llvm::make_early_inc_range(boxed.getUsers()))
      if (isa<uop::CastOp>(user) && user->use_empty())
        user->erase();
    if (boxed.use_empty())
      return 0;
    for (Operation *user : boxed.getUsers())
      if (!isa<uop::FrameStateOp, uop::StoreFastOp>(user))
        return 0;
    Value d = uop::getUopInputs(box)[0];
    for (OpOperand &use : llvm::make_early_inc_range(boxed.getUses())) {
      Operation *user = use.getOwner();
      if (isa<uop::FrameStateOp>(user)) {
        use.set(d);
        continue;
      }
      Value state = uop::getUopFrameState(user);
      user->erase();
      if (state && state.use_empty())
        state.getDefiningOp()->erase();
    }
    Value state = uop::getUopFrameState(box);
    box->erase();
    if (state && state.use_empty())
      state.getDefiningOp()->erase();
    return 1;
  }
};

} // namespace
} // namespace uopjit
