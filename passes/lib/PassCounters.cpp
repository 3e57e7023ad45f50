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
  // passes are also constructed just to parse pipelines).
  if (slot == SIZE_MAX) {
    totals().push_back({owner->getArgument().str(), name, desc, 0});
    slot = totals().size() - 1;
  }
  totals()[slot].value += n;
  return *this;
}

void printPassCounters(llvm::raw_ostream &os) {
  // Several instances of one pass (a pipeline that runs it twice) share a
  // line: sum by (pass, name), in first-seen order.
  std::vector<PassCounterTotal> merged;
  for (const PassCounterTotal &t : totals()) {
    auto it = llvm::find_if(merged, [&](const PassCounterTotal &m) {
      return m.pass == t.pass && m.name == t.name;
    });
    if (it == merged.end())
      merged.push_back(t);
    else
      it->value += t.value;
  }
  os << "===-------------------------------------------------------------------------===\n"
        "                         ... uopjit pass counters ...\n"
        "===-------------------------------------------------------------------------===\n";
  std::string current;
  for (const PassCounterTotal &t : merged) {
    if (t.pass != current)
      os << "'" << (current = t.pass) << "'\n";
    os << "  (S) " << t.value << " " << t.name << " - " << t.desc << "\n";
  }
}

} // namespace uopjit
