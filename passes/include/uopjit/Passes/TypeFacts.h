//===- TypeFacts.h - what is known of each value ----------------*- C++ -*-===//
//
// The lattice and the forward dataflow analysis behind the type passes. A
// value's state is an `!uop.object` type read as a set of facts (exact
// type, constant, non-null):
//
//   not reached yet  ⊑  !uop.object<exact "float", const 1.5 : f64>
//                    ⊑  !uop.object<exact "float">  ⊑  !uop.object
//
// Going up loses facts; `join` (at block arguments, loop headers, loop
// exits) keeps what both sides know (joinFacts). Later passes read the
// types `--uop-specialize-types` wrote.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_PASSES_TYPEFACTS_H
#define UOPJIT_PASSES_TYPEFACTS_H

#include "uopjit/Dialect/Uop/Uop.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace uopjit {

/// The state of one value: null while the analysis has not reached it; an
/// ObjectType (its facts) after. Non-object values (i1, i32) stay null.
class TypeFacts {
public:
  TypeFacts() = default;
  explicit TypeFacts(uop::ObjectType type) : type(type) {}

  uop::ObjectType getType() const { return type; }
  bool isReached() const { return static_cast<bool>(type); }

  static TypeFacts join(const TypeFacts &a, const TypeFacts &b);

private:
  uop::ObjectType type;
};

/// The analysis of one function, run to its fixpoint by the constructor;
/// `lookup(v)` is then what is known of `v`. The function's structure makes
/// it a short walk: within a region the blocks form no cycle (every loop
/// is a `uop.loop` op), so one pass in reverse post-order computes a
/// region from what flows into it, and only a loop's region is walked
/// again, while its header's arguments (inits joined with every
/// `uop.continue`) still gain facts. Blocks no live edge reaches (a
/// `cf.cond_br` on a constant takes one side) stay not reached.
class TypeFactsAnalysis {
public:
  explicit TypeFactsAnalysis(uop::FuncOp func);
  TypeFacts lookup(mlir::Value value) const { return TypeFacts(facts.lookup(value)); }

private:
  void walkRegion(mlir::Region &region);
  void visitBlock(mlir::Block &block);
  void visitOperation(mlir::Operation *op);
  void visitLoop(uop::LoopOp loop);
  /// Joins `type` into what is known of `value`; true if that changed.
  bool join(mlir::Value value, uop::ObjectType type);
  uop::ObjectType get(mlir::Value value) const { return facts.lookup(value); }

  llvm::DenseMap<mlir::Value, uop::ObjectType> facts;
  /// Blocks a live edge reaches.
  llvm::DenseSet<mlir::Block *> live;
  /// How many times a value gained facts: a walk that adds none is the
  /// fixpoint.
  uint64_t changes = 0;
};

} // namespace uopjit

#endif
