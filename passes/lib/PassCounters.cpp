//===- PassCounters.cpp - pass statistics that count in every build -------===//

#include "uopjit/Passes/PassCounters.h"

namespace uopjit {

static std::vector<PassCounterTotal> &totals() {
  static std::vector<PassCounterTotal> all;
  return all;
}

const std::vector<PassCounterTotal> &passCounterTotals() { return totals(); }

PassCounter::PassCounter(mlir::Pass *owner, const char *name, const char *desc)
    : owner(owner), name(name), desc(desc) {}

PassCounter &PassCounter::operator+=(uint64_t n) {
  // A counter appears in the totals once its pass has run (the pass's
  // argument is not known yet while the pass is being constructed, and
  // passes are also constructed just to parse pipelines). Several
  // instances of one pass (a pipeline that runs it twice, one pipeline per
  // setting) share one total.
  if (slot == SIZE_MAX) {
    std::string pass = owner->getArgument().str();
    auto it = llvm::find_if(totals(), [&](const PassCounterTotal &t) {
      return t.pass == pass && t.name == name;
    });
    slot = it - totals().begin();
    if (it == totals().end())
      totals().push_back({pass, name, desc, 0});
  }
  totals()[slot].value += n;
  return *this;
}

void printPassCounters(llvm::raw_ostream &os) {
  os << "===-------------------------------------------------------------------------===\n"
        "                         ... uopjit pass counters ...\n"
        "===-------------------------------------------------------------------------===\n";
  std::string current;
  for (const PassCounterTotal &t : totals()) {
    if (t.pass != current)
      os << "'" << (current = t.pass) << "'\n";
    os << "  (S) " << t.value << " " << t.name << " - " << t.desc << "\n";
  }
}

} // namespace uopjit
