//===- UopDialect.cpp - the `uop` dialect ---------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "llvm/ADT/StringExtras.h"

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

/// The registered `uop.*` op whose name is closest to `name`, for a hint.
static std::string closestOpName(MLIRContext *ctx, StringRef name) {
  std::string best;
  unsigned bestDistance = ~0u;
  for (RegisteredOperationName op : ctx->getRegisteredOperations()) {
    StringRef candidate = op.getStringRef();
    if (!candidate.starts_with("uop."))
      continue;
    unsigned d = name.edit_distance(candidate, /*AllowReplacements=*/true, bestDistance);
    if (d < bestDistance)
      bestDistance = d, best = candidate.str();
  }
  return bestDistance <= std::max<size_t>(3, name.size() / 4) ? best : "";
}

std::optional<Dialect::ParseOpHook>
UopDialect::getParseOperationHook(StringRef opName) const {
  std::string name = opName.str();
  return ParseOpHook([name](OpAsmParser &parser, OperationState &state) -> ParseResult {
    InFlightDiagnostic diag = parser.emitError(parser.getNameLoc())
                              << "unknown uop '" << name << "'";
    std::string hint = closestOpName(state.getContext(), name);
    if (!hint.empty())
      diag << "; did you mean '" << hint << "'?";
    diag << " (docs/uops.md lists every uop)";
    return failure();
  });
}
