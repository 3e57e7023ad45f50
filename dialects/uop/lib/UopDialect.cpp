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

/// Levenshtein distance between `a` and `b`.
static unsigned editDistance(StringRef a, StringRef b) {
  SmallVector<unsigned> row(b.size() + 1);
  for (unsigned j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (unsigned i = 1; i <= a.size(); ++i) {
    unsigned diagonal = row[0];
    row[0] = i;
    for (unsigned j = 1; j <= b.size(); ++j) {
      unsigned above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// The registered `uop.*` op whose name is closest to `name`, for a hint.
static std::string closestOpName(MLIRContext *ctx, StringRef name) {
  std::string best;
  unsigned bestDistance = ~0u;
  for (RegisteredOperationName op : ctx->getRegisteredOperations()) {
    StringRef candidate = op.getStringRef();
    if (!candidate.starts_with("uop."))
      continue;
    // A name cut short matches its completions best.
    unsigned d = candidate.starts_with(name) ? 0 : editDistance(name, candidate);
    if (d < bestDistance)
      bestDistance = d, best = candidate.str();
  }
  return bestDistance <= std::max<size_t>(3, name.size() / 4) ? best : "";
}

std::optional<Dialect::ParseOpHook>
UopDialect::getParseOperationHook(StringRef) const {
  // The parser keeps only a reference to this hook: it must capture nothing.
  return ParseOpHook([](OpAsmParser &parser, OperationState &state) -> ParseResult {
    StringRef name = state.name.getStringRef();
    InFlightDiagnostic diag = parser.emitError(parser.getNameLoc())
                              << "unknown uop '" << name << "'";
    std::string hint = closestOpName(state.getContext(), name);
    if (!hint.empty())
      diag << "; did you mean '" << hint << "'?";
    diag << " (docs/uops.md lists every uop)";
    return failure();
  });
}
