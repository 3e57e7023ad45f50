//===- TypeFacts.cpp - the type-facts dataflow analysis -------------------===//
//
// Transfer functions, one per kind of op:
//   - a uop's results: its declared type, met with the catalog's facts on
//     that output (`let facts` in ir/include/uopjit/IR/catalog);
//   - `uop.load_const <oparg = i>`: entry i of the function's `consts`;
//   - `uop.cast`: its declared result type (a cast below a guard narrows;
//     the guard is what makes that sound) met with its operand's facts;
//   - block arguments: the join of the branch operands on live edges;
//   - the generic `uop.binary_op` on exact ints and floats (not bools):
//     Python's numeric tower fixes the result type (binaryOpResult);
//   - a loop header's arguments: the join of the loop's inits and of the
//     values of every `uop.continue`; a loop's results: the join of the
//     values of every `uop.break`.
// Everything else: its declared type, which holds by construction.
//
// The walk is ours rather than MLIR's DataFlowSolver: the dialect's
// structure (acyclic regions, loops as ops) lets it visit each op about
// twice per loop level, where the solver's worklist of program points and
// lattice anchors was a fifth of every compilation (callgrind, 565
// standard-library functions).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Passes/TypeFacts.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"

using namespace mlir;

namespace uopjit {

TypeFacts TypeFacts::join(const TypeFacts &a, const TypeFacts &b) {
  if (!a.isReached())
    return b;
  if (!b.isReached())
    return a;
  return TypeFacts(uop::joinFacts(a.type, b.type));
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

static uop::ObjectType declaredType(Value v) { return dyn_cast<uop::ObjectType>(v.getType()); }

TypeFactsAnalysis::TypeFactsAnalysis(uop::FuncOp func) {
  Region &body = func.getBody();
  if (body.empty())
    return;
  for (BlockArgument arg : body.front().getArguments())
    join(arg, declaredType(arg));
  walkRegion(body);
}

bool TypeFactsAnalysis::join(Value value, uop::ObjectType type) {
  if (!type)
    return false;
  uop::ObjectType &known = facts[value];
  uop::ObjectType joined = TypeFacts::join(TypeFacts(known), TypeFacts(type)).getType();
  if (joined == known)
    return false;
  known = joined;
  ++changes;
  return true;
}

/// The successors a terminator may go to: one side of a `cf.cond_br` on a
/// constant, else all of them.
static void forEachLiveSuccessor(Operation *terminator, llvm::function_ref<void(unsigned)> f) {
  if (auto condBr = dyn_cast<cf::CondBranchOp>(terminator)) {
    APInt condition;
    if (matchPattern(condBr.getCondition(), m_ConstantInt(&condition))) {
      f(condition.isZero() ? 1 : 0);
      return;
    }
  }
  for (unsigned i = 0; i < terminator->getNumSuccessors(); ++i)
    f(i);
}

void TypeFactsAnalysis::walkRegion(Region &region) {
  if (region.empty())
    return;
  // Reverse post-order over live edges; an edge back to a block still on
  // the depth-first path is a cycle, which the dialect does not make but
  // which a fixpoint below still handles.
  llvm::SmallVector<Block *> postOrder;
  llvm::SmallVector<std::pair<Block *, unsigned>> path;
  llvm::DenseSet<Block *> seen, onPath;
  bool cyclic = false;
  Block *entry = &region.front();
  seen.insert(entry);
  onPath.insert(entry);
  path.push_back({entry, 0});
  while (!path.empty()) {
    auto &[block, next] = path.back();
    Operation *terminator = block->empty() ? nullptr : &block->back();
    llvm::SmallVector<unsigned, 2> succs;
    if (terminator && terminator->hasTrait<OpTrait::IsTerminator>())
      forEachLiveSuccessor(terminator, [&](unsigned i) { succs.push_back(i); });
    if (next < succs.size()) {
      Block *succ = terminator->getSuccessor(succs[next++]);
      if (onPath.contains(succ))
        cyclic = true;
      if (seen.insert(succ).second) {
        onPath.insert(succ);
        path.push_back({succ, 0});
      }
      continue;
    }
    onPath.erase(block);
    postOrder.push_back(block);
    path.pop_back();
  }
  live.insert(postOrder.begin(), postOrder.end());
  for (uint64_t before = changes;; before = changes) {
    for (Block *block : llvm::reverse(postOrder))
      visitBlock(*block);
    if (!cyclic || changes == before)
      break;
  }
}

void TypeFactsAnalysis::visitBlock(Block &block) {
  for (Operation &op : block)
    visitOperation(&op);
  if (block.empty())
    return;
  Operation *terminator = &block.back();
  auto branch = dyn_cast<BranchOpInterface>(terminator);
  forEachLiveSuccessor(terminator, [&](unsigned s) {
    Block *dest = terminator->getSuccessor(s);
    if (!branch) {
      for (BlockArgument arg : dest->getArguments())
        join(arg, declaredType(arg));
      return;
    }
    SuccessorOperands operands = branch.getSuccessorOperands(s);
    for (BlockArgument arg : dest->getArguments()) {
      unsigned k = arg.getArgNumber();
      join(arg, k < operands.size() && !operands.isOperandProduced(k)
                    ? get(operands[k])
                    : declaredType(arg));
    }
  });
}

void TypeFactsAnalysis::visitLoop(uop::LoopOp loop) {
  Block &header = loop.getBody().front();
  for (auto [arg, init] : llvm::zip(header.getArguments(), loop.getInits()))
    join(arg, get(init));
  // Walked again while an iteration's values still add to the header's.
  for (bool changed = true; changed;) {
    walkRegion(loop.getBody());
    changed = false;
    loop.getBody().walk([&](uop::ContinueOp cont) {
      if (cont->getParentOp() != loop || !live.contains(cont->getBlock()))
        return;
      for (auto [arg, v] : llvm::zip(header.getArguments(), cont.getValues()))
        changed |= join(arg, get(v));
    });
  }
  loop.getBody().walk([&](uop::BreakOp brk) {
    if (brk->getParentOp() != loop || !live.contains(brk->getBlock()))
      return;
    for (auto [result, v] : llvm::zip(loop.getResults(), brk.getValues()))
      join(result, get(v));
  });
}

void TypeFactsAnalysis::visitOperation(Operation *op) {
  if (auto loop = dyn_cast<uop::LoopOp>(op))
    return visitLoop(loop);
  // Another op with regions (uop.generator): its regions start from their
  // declared types.
  for (Region &region : op->getRegions()) {
    if (region.empty())
      continue;
    for (BlockArgument arg : region.front().getArguments())
      join(arg, declaredType(arg));
    walkRegion(region);
  }
  if (auto castOp = dyn_cast<uop::CastOp>(op)) {
    uop::ObjectType declared = castOp.getType();
    if (uop::ObjectType known = get(castOp.getValue()))
      declared = refine(declared, known);
    join(castOp.getResult(), declared);
    return;
  }
  if (auto load = dyn_cast<uop::LoadConstOp>(op)) {
    auto declared = cast<uop::ObjectType>(load.getResult(0).getType());
    auto func = op->getParentOfType<uop::FuncOp>();
    int64_t index = load.getOparg();
    if (std::optional<ArrayAttr> consts = func.getConsts();
        consts && index >= 0 && index < (int64_t)consts->size())
      declared = refine(declared, cast<uop::ObjectType>(
                                      cast<TypeAttr>((*consts)[index]).getValue()));
    join(load.getResult(0), declared);
    return;
  }
  if (auto binary = dyn_cast<uop::BinaryOpOp>(op)) {
    auto declared = cast<uop::ObjectType>(binary.getResult(0).getType());
    auto exactName = [&](Value v) -> llvm::StringRef {
      uop::ObjectType t = get(v);
      return t && t.getExactType() ? t.getExactType().getValue() : "";
    };
    auto inputs = uop::getUopInputs(op);
    llvm::StringRef result =
        binaryOpResult(binary.getOparg(), exactName(inputs[0]), exactName(inputs[1]));
    if (!result.empty())
      declared = refine(declared, uop::exactObjectType(op->getContext(), result));
    join(binary.getResult(0), declared);
    return;
  }
  const UopInfo *info = uop::getUopInfo(op);
  for (auto [i, result] : llvm::enumerate(op->getResults())) {
    uop::ObjectType declared = declaredType(result);
    if (!declared)
      continue;
    if (info && !info->has(Guard))
      for (const UopFact &fact : info->facts)
        if (fact.index == (int)i)
          declared = refine(declared, uop::exactObjectType(op->getContext(), fact.exactType));
    join(result, declared);
  }
}

} // namespace uopjit
