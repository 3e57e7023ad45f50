//===- TypeFacts.cpp - the type-facts dataflow analysis -------------------===//
//
// Transfer functions, one per kind of op:
//   - a uop's results: its declared type, met with the catalog's facts on
//     that output (`let facts` in ir/include/uopjit/IR/catalog);
//   - `uop.load_const <oparg = i>`: entry i of the function's `consts`;
//   - `uop.cast`: its declared result type (a cast below a guard narrows;
//     the guard is what makes that sound) met with its operand's facts;
//   - block arguments: the join of the branch operands (the framework);
//   - the generic `uop.binary_op` on exact ints and floats (not bools):
//     Python's numeric tower fixes the result type (binaryOpResult);
//   - a loop header's arguments: the join of the loop's inits and of the
//     values of every `uop.continue`; a loop's results: the join of the
//     values of every `uop.break`.
// Everything else: its declared type, which holds by construction.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/TypeFacts.h"
#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"

using namespace mlir;
using namespace mlir::dataflow;

namespace uopjit {

TypeFacts TypeFacts::join(const TypeFacts &a, const TypeFacts &b) {
  if (!a.isReached())
    return b;
  if (!b.isReached())
    return a;
  return TypeFacts(uop::joinFacts(a.type, b.type));
}

void TypeFacts::print(llvm::raw_ostream &os) const {
  if (!type)
    os << "<not reached>";
  else
    os << type;
}

/// `declared` met with `fact`; `declared` alone if they contradict (the op
/// then never produces a value: a guard before it always fails).
static uop::ObjectType refine(uop::ObjectType declared, uop::ObjectType fact) {
  FailureOr<uop::ObjectType> met = uop::meetFacts(declared, fact);
  return succeeded(met) ? *met : declared;
}

/// The type of `lhs <op> rhs` for the generic BINARY_OP (oparg an NB_*
/// code, in-place forms included) when both are exact ints or floats:
/// int and float methods never defer to anything else for these types, and
/// return a new int or float (or raise). Empty when it is not that simple
/// (`**` of ints is a float for a negative exponent; bools are ints whose
/// `&` returns a bool).
static llvm::StringRef binaryOpResult(int64_t oparg, llvm::StringRef lhs, llvm::StringRef rhs) {
  enum { Add = 0, And = 1, FloorDivide = 2, Lshift = 3, Multiply = 5, Remainder = 6, Or = 7,
         Rshift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InplaceOffset = 13 };
  bool ints = lhs == "int" && rhs == "int";
  bool numbers = (lhs == "int" || lhs == "float") && (rhs == "int" || rhs == "float");
  if (!numbers)
    return {};
  switch (oparg % InplaceOffset) {
  case TrueDivide:
    return "float";
  case Add:
  case Subtract:
  case Multiply:
  case FloorDivide:
  case Remainder:
    return ints ? "int" : "float";
  case And:
  case Or:
  case Xor:
  case Lshift:
  case Rshift:
    return ints ? "int" : "";
  default:
    return {};
  }
}

void TypeFactsAnalysis::setToEntryState(TypeFactsLattice *lattice) {
  auto type = dyn_cast<uop::ObjectType>(lattice->getAnchor().getType());
  propagateIfChanged(lattice, lattice->join(TypeFacts(type)));
}

void TypeFactsAnalysis::joinFrom(TypeFactsLattice *lattice, ValueRange values,
                                 ProgramPoint *point) {
  for (Value v : values)
    propagateIfChanged(lattice, lattice->join(getLatticeElementFor(point, v)->getValue()));
}

LogicalResult TypeFactsAnalysis::visitOperation(Operation *op,
                                                ArrayRef<const TypeFactsLattice *> operands,
                                                ArrayRef<TypeFactsLattice *> results) {
  if (auto loop = dyn_cast<uop::LoopOp>(op)) {
    loop.getBody().walk([&](uop::BreakOp brk) {
      if (brk->getParentOp() != loop)
        return;
      for (auto [lattice, v] : llvm::zip(results, brk.getValues()))
        joinFrom(lattice, v, getProgramPointAfter(op));
    });
    return success();
  }
  auto set = [&](TypeFactsLattice *lattice, uop::ObjectType type) {
    propagateIfChanged(lattice, lattice->join(TypeFacts(type)));
  };
  if (auto cast = dyn_cast<uop::CastOp>(op)) {
    uop::ObjectType declared = cast.getType();
    if (operands[0]->getValue().isReached())
      declared = refine(declared, operands[0]->getValue().getType());
    set(results[0], declared);
    return success();
  }
  if (auto load = dyn_cast<uop::LoadConstOp>(op)) {
    auto declared = cast<uop::ObjectType>(load.getResult(0).getType());
    auto func = op->getParentOfType<uop::FuncOp>();
    int64_t index = load.getOparg();
    if (std::optional<ArrayAttr> consts = func.getConsts();
        consts && index >= 0 && index < (int64_t)consts->size())
      declared = refine(declared, cast<uop::ObjectType>(
                                      cast<TypeAttr>((*consts)[index]).getValue()));
    set(results[0], declared);
    return success();
  }
  if (auto binary = dyn_cast<uop::BinaryOpOp>(op)) {
    auto declared = cast<uop::ObjectType>(binary.getResult(0).getType());
    auto exactName = [&](const TypeFactsLattice *l) -> llvm::StringRef {
      uop::ObjectType t = l->getValue().getType();
      return t && t.getExactType() ? t.getExactType().getValue() : "";
    };
    llvm::StringRef result =
        binaryOpResult(binary.getOparg(), exactName(operands[0]), exactName(operands[1]));
    if (!result.empty())
      declared = refine(declared, uop::exactObjectType(op->getContext(), result));
    set(results[0], declared);
    return success();
  }
  const UopInfo *info = uop::getUopInfo(op);
  for (auto [i, result] : llvm::enumerate(op->getResults())) {
    auto declared = dyn_cast<uop::ObjectType>(result.getType());
    if (!declared) {
      setToEntryState(results[i]);
      continue;
    }
    if (info && !info->has(Guard))
      for (const UopFact &fact : info->facts)
        if (fact.index == (int)i)
          declared = refine(declared, uop::exactObjectType(op->getContext(), fact.exactType));
    set(results[i], declared);
  }
  return success();
}

void TypeFactsAnalysis::visitNonControlFlowArguments(Operation *op,
                                                     const RegionSuccessor &successor,
                                                     ArrayRef<TypeFactsLattice *> argLattices,
                                                     unsigned firstIndex) {
  auto loop = dyn_cast<uop::LoopOp>(op);
  if (!loop) {
    setAllToEntryStates(argLattices);
    return;
  }
  Block &header = loop.getBody().front();
  ProgramPoint *point = getProgramPointBefore(&header);
  for (auto [lattice, init] : llvm::zip(argLattices, loop.getInits()))
    joinFrom(lattice, init, point);
  loop.getBody().walk([&](uop::ContinueOp cont) {
    if (cont->getParentOp() != loop)
      return;
    for (auto [lattice, v] : llvm::zip(argLattices, cont.getValues()))
      joinFrom(lattice, v, point);
  });
}

LogicalResult runTypeFacts(uop::FuncOp func, DataFlowSolver &solver) {
  // The dead-code analysis decides which blocks run; it needs constant
  // propagation to read branch conditions.
  solver.load<DeadCodeAnalysis>();
  solver.load<SparseConstantPropagation>();
  solver.load<TypeFactsAnalysis>();
  return solver.initializeAndRun(func);
}

TypeFacts facts(DataFlowSolver &solver, Value value) {
  if (const auto *lattice = solver.lookupState<TypeFactsLattice>(value))
    return lattice->getValue();
  return TypeFacts();
}

} // namespace uopjit
