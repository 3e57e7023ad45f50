//===- TypeFacts.h - what is known of each value ----------------*- C++ -*-===//
//
// The lattice and the sparse forward dataflow analysis behind the type
// passes. A value's state is an `!uop.object` type read as a set of facts
// (exact type, constant, non-null):
//
//   not reached yet  ⊑  !uop.object<exact "float", const 1.5 : f64>
//                    ⊑  !uop.object<exact "float">  ⊑  !uop.object
//
// Going up loses facts; `join` (at block arguments, loop headers, loop
// exits) keeps what both sides know (joinFacts). Later passes either read
// the types `--uop-specialize-types` wrote, or run the analysis themselves
// with `runTypeFacts`.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_PASSES_TYPEFACTS_H
#define UOPJIT_PASSES_TYPEFACTS_H

#include "uopjit/Dialect/Uop/Uop.h"
#include "mlir/Analysis/DataFlow/SparseAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"

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
  bool operator==(const TypeFacts &other) const { return type == other.type; }
  void print(llvm::raw_ostream &os) const;

private:
  uop::ObjectType type;
};

class TypeFactsLattice : public mlir::dataflow::Lattice<TypeFacts> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TypeFactsLattice)
  using Lattice::Lattice;
};

/// The transfer functions: what each op's results are, given its operands.
class TypeFactsAnalysis
    : public mlir::dataflow::SparseForwardDataFlowAnalysis<TypeFactsLattice> {
public:
  using SparseForwardDataFlowAnalysis::SparseForwardDataFlowAnalysis;

  llvm::LogicalResult visitOperation(mlir::Operation *op,
                                     llvm::ArrayRef<const TypeFactsLattice *> operands,
                                     llvm::ArrayRef<TypeFactsLattice *> results) override;
  void visitNonControlFlowArguments(mlir::Operation *op,
                                    const mlir::RegionSuccessor &successor,
                                    llvm::ArrayRef<TypeFactsLattice *> argLattices,
                                    unsigned firstIndex) override;
  void setToEntryState(TypeFactsLattice *lattice) override;

private:
  /// Joins `values` into `lattice`, read on behalf of `point` (which the
  /// solver then revisits when one of them changes).
  void joinFrom(TypeFactsLattice *lattice, mlir::ValueRange values, mlir::ProgramPoint *point);
};

/// Runs the analysis over `func` (with the dead-code analysis it needs).
/// Afterwards `facts(solver, v)` is what is known of `v`.
llvm::LogicalResult runTypeFacts(uop::FuncOp func, mlir::DataFlowSolver &solver);
TypeFacts facts(mlir::DataFlowSolver &solver, mlir::Value value);

} // namespace uopjit

#endif
