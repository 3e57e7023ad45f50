//===- UopDialect.cpp - the `uop` dialect ---------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"

using namespace mlir;
using namespace uopjit;
using namespace uopjit::uop;

#include "uopjit/Dialect/Uop/UopDialect.cpp.inc"

void UopDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "uopjit/Dialect/Uop/UopOps.cpp.inc"
      >();
  registerTypes();
}
