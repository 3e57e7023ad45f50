//===- Uop.h - the `uop` dialect --------------------------------*- C++ -*-===//
#ifndef UOPJIT_DIALECT_UOP_UOP_H
#define UOPJIT_DIALECT_UOP_UOP_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "uopjit/IR/UopInfo.h"

#include "uopjit/Dialect/Uop/UopDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "uopjit/Dialect/Uop/UopTypes.h.inc"

namespace uopjit::uop {
/// True for `!uop.object` with no facts.
bool isPlainObjectType(mlir::Type type);

/// What both `a` and `b` know: the facts at a merge.
ObjectType joinFacts(ObjectType a, ObjectType b);
/// What `a` or `b` knows; failure when they contradict each other (two exact
/// types, two constants): no object satisfies both.
llvm::FailureOr<ObjectType> meetFacts(ObjectType a, ObjectType b);
/// True when every fact of `b` is known in `a`.
bool knowsAll(ObjectType a, ObjectType b);
/// `!uop.object<exact "typeName">`, with `constant` when given.
ObjectType exactObjectType(mlir::MLIRContext *ctx, llvm::StringRef typeName,
                           mlir::Attribute constant = {});
/// True when `type` is an `!uop.object` known to be exactly `typeName`.
bool isExactly(mlir::Type type, llvm::StringRef typeName);
/// The value of an `!uop.object<exact "int", const N>`, if `type` is one.
std::optional<int64_t> intConstant(mlir::Type type);
/// The value a chain of `uop.cast`s starts from (the same object).
mlir::Value stripCasts(mlir::Value value);

/// The generic assembly, verifier and accessors shared by every catalog uop.
mlir::ParseResult parseUop(mlir::OpAsmParser &parser, mlir::OperationState &state,
                           const UopInfo &info);
void printUop(mlir::OpAsmPrinter &printer, mlir::Operation *op, const UopInfo &info);
llvm::LogicalResult verifyUop(mlir::Operation *op, const UopInfo &info);
/// A uop's result types before any pass refines them: one `!uop.object` per
/// output value, then the `i1` taken of a jump.
llvm::SmallVector<mlir::Type> defaultResultTypes(mlir::MLIRContext *ctx,
                                                 const UopInfo &info, int oparg);
/// Names a uop's results after its stack outputs (`%res`, `%next`, `%taken`).
void nameUopResults(mlir::Operation *op, const UopInfo &info,
                    mlir::OpAsmSetValueNameFn setName);

/// The catalog entry of `op` if it is a uop, else null.
const UopInfo *getUopInfo(mlir::Operation *op);
/// The stack inputs of a uop (its operands without the frame state).
mlir::OperandRange getUopInputs(mlir::Operation *op);
/// The frame state operand of a uop, or null.
mlir::Value getUopFrameState(mlir::Operation *op);
} // namespace uopjit::uop

#define GET_OP_CLASSES
#include "uopjit/Dialect/Uop/UopOps.h.inc"

namespace uopjit::uop {
/// When `v` is a parameter of its function, unchanged (casts aside): the
/// exact builtin type it had in the call that made the runtime compile the
/// function (`observed_arg_types`: "int", "list", ...); else empty. A
/// guess for speculation, never a fact: another call may pass anything.
llvm::StringRef observedArgType(mlir::Value v);
/// A frame state at `b`'s place (before `loop`) where the interpreter would
/// start the loop: a copy of the loop header's (its first op) with the
/// loop's initial values in place of the header's arguments; null when the
/// header does not start with a frame state. Hoisted guards and unboxed
/// loop variables deoptimize there.
mlir::Value cloneHeaderStateOnInits(mlir::OpBuilder &b, LoopOp loop);
} // namespace uopjit::uop

#endif
