//===- PassCounters.h - pass statistics that count in every build -*- C++ -*-===//
//
// MLIR's Pass::Statistic counts only when LLVM is built with statistics
// (LLVM_ENABLE_STATS), and Debian's LLVM 22 is not: its counters stay 0 and
// `--mlir-pass-statistics` prints an empty report. A PassCounter always
// counts; `uop-opt --mlir-pass-statistics` prints every counter after
// MLIR's report, and the runtime adds them to its stats
// (`pass_statistics`).
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_PASSES_PASSCOUNTERS_H
#define UOPJIT_PASSES_PASSCOUNTERS_H

#include "mlir/Pass/Pass.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>
#include <vector>

namespace uopjit {

class PassCounter {
public:
  /// `name` is the statistic's name ("guards-removed"), `desc` says what it
  /// counts; the pass's argument ("uop-remove-guards") groups them.
  PassCounter(mlir::Pass *owner, const char *name, const char *desc);
  /// Adds `n`; a pass adds to each of its counters when it finishes, so
  /// that a counter that stayed 0 is reported too.
  PassCounter &operator+=(uint64_t n);
  PassCounter &operator++() { return *this += 1; }

private:
  mlir::Pass *owner;
  const char *name, *desc;
  size_t slot = SIZE_MAX; ///< index into the process-wide totals, once counted
};

struct PassCounterTotal {
  std::string pass, name, desc;
  uint64_t value;
};
/// Every counter of every pass that ran in this process, one entry per
/// (pass, counter name) summed over the pass's instances, in first-count
/// order.
const std::vector<PassCounterTotal> &passCounterTotals();
/// MLIR's list format: `'pass'` then `  (S) N name - desc` per counter.
void printPassCounters(llvm::raw_ostream &os);

} // namespace uopjit

#endif
