//===- EmitAsm.h - uop-translate --emit-asm ---------------------*- C++ -*-===//
#ifndef UOPJIT_TOOLS_EMITASM_H
#define UOPJIT_TOOLS_EMITASM_H

#include "mlir/IR/Operation.h"
#include "llvm/Support/raw_ostream.h"

namespace uopjit {
/// Prints the patched machine code of every uop.func in `op`, one block per
/// uop, disassembled with LLVM MC.
llvm::LogicalResult emitAsm(mlir::Operation *op, llvm::raw_ostream &os);
} // namespace uopjit

#endif
