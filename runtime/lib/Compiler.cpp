//===- Compiler.cpp - the in-process pipeline ----------------------------===//
//
// The same steps the tools run as files (uopjit dump, uop-translate
// --import-bytecode, uop-opt, uop-translate --export-uops), in memory, for
// one code object. One MLIRContext serves every compilation (the GIL
// serializes them; MLIR's own threading is off), and one PassManager every
// compilation with the same pipeline: building it again would parse the
// pipeline and collect the canonicalizer's patterns each time.
//
// Unlike uop-opt, the runtime does not verify the IR after every pass:
// the module is verified once, before lowering. The passes' tests run with
// verification after each pass; here a verifier run per pass would cost
// more than some of the passes.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Runtime/Compiler.h"
#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/Frontend/ImportBytecode.h"
#include "uopjit/Frontend/SnapshotFromCode.h"
#include "uopjit/Lowering/LowerToFlat.h"
#include "uopjit/Passes/PassCounters.h"
#include "uopjit/Passes/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <memory>

using namespace mlir;

struct UopjitCompiled {
  uopjit::FlatProgram program;
  UopjitProgram view;
  std::string dialect;
};

namespace {
MLIRContext &context() {
  static MLIRContext *ctx = [] {
    DialectRegistry registry;
    uopjit::registerImportDialects(registry);
    auto *c = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    c->loadAllAvailableDialects();
    registerTransformsPasses();
    uopjit::registerUopjitPasses();
    return c;
  }();
  return *ctx;
}

/// The compiler's phases, and the seconds spent in each so far
/// (uopjit_compile_phase; the stats' "compile_phase_seconds").
enum Phase { Snapshot, Import, Passes, Verify, Lower, NumPhases };
const char *const kPhaseNames[NumPhases] = {"snapshot", "import", "passes", "verify", "lower"};
double phaseSeconds[NumPhases];

double monotonicSeconds() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/// Adds the time from its construction to the next phase (or its end) to
/// the phase it is in.
class PhaseClock {
public:
  explicit PhaseClock(Phase first) : phase(first), start(monotonicSeconds()) {}
  ~PhaseClock() { next(NumPhases); }
  void next(Phase following) {
    double now = monotonicSeconds();
    if (phase != NumPhases)
      phaseSeconds[phase] += now - start;
    phase = following;
    start = now;
  }

private:
  Phase phase;
  double start;
};

/// co_flags of code that suspends: generators, coroutines, async generators.
constexpr int kSuspends = uopjit::Snapshot::kGenerator | uopjit::Snapshot::kCoroutine |
                          uopjit::Snapshot::kIterableCoroutine | uopjit::Snapshot::kAsyncGenerator;

/// Whether `func` has a loop that runs without suspending: a uop.loop
/// whose body holds no uop.yield_value. A generator with one does work of
/// its own between resumes; one whose every loop yields (a pipeline
/// stage, `yield from`, an `await` loop) mostly pays for resumes, which
/// compiled code makes dearer (measured: a generator pipeline ran at 0.70x
/// python3.11 compiled, 0.89x interpreted).
bool hasLoopWithoutSuspension(uopjit::uop::FuncOp func) {
  return func
      .walk([](uopjit::uop::LoopOp loop) {
        bool suspends = loop.walk([](uopjit::uop::YieldValueOp) {
                              return WalkResult::interrupt();
                            }).wasInterrupted();
        return suspends ? WalkResult::advance() : WalkResult::interrupt();
      })
      .wasInterrupted();
}

/// Whether a uop works on strs: a fact of it names `str` (the unicode
/// forms of BINARY_OP and their guard). --uop-unbox has nothing to keep
/// unboxed there.
bool worksOnStrings(const uopjit::UopInfo &info) {
  return llvm::any_of(info.facts, [](const uopjit::UopFact &fact) {
    return llvm::StringRef(fact.exactType) == "str";
  });
}

/// Whether a uop is arithmetic --uop-unbox may rewrite: a BINARY_OP in any
/// form but the string ones, or a numeric comparison (COMPARE_OP_INT/FLOAT,
/// which it rewrites once fused with their jump).
bool isArithmetic(Operation *op) {
  const uopjit::UopInfo *info = uopjit::uop::getUopInfo(op);
  if (!info || worksOnStrings(*info))
    return false;
  return llvm::StringRef(info->name).starts_with("BINARY_OP") ||
         isa<uopjit::uop::CompareOpIntOp, uopjit::uop::CompareOpFloatOp>(op);
}

/// Whether --uop-unbox may keep a number unboxed in `func`, which has no
/// loop, asked of the imported dialect before the passes: it rewrites
/// arithmetic only where it saves a box, a result that feeds more
/// arithmetic directly (`a * b + c`), and a generic BINARY_OP always. Not
/// through a block argument, which needs an object: a function whose only
/// chains run through a merge (`i += 1` on one branch, then `i + 1`) keeps
/// nothing unboxed. One case the answer misses: a merge the passes remove
/// by deciding a branch on a constant, which would make a chain direct.
bool mayKeepNumbersUnboxed(uopjit::uop::FuncOp func) {
  return func
      .walk([](Operation *op) {
        if (!isArithmetic(op))
          return WalkResult::advance();
        if (isa<uopjit::uop::BinaryOpOp>(op))
          return WalkResult::interrupt();
        for (Value in : uopjit::uop::getUopInputs(op))
          if (Operation *def = uopjit::uop::stripCasts(in).getDefiningOp(); def && isArithmetic(def))
            return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

/// Whether the optimized `func` keeps a number unboxed (an f64 or i64
/// value): the work compiled code does with no objects at all.
bool keepsNumbersUnboxed(uopjit::uop::FuncOp func) {
  return func
      .walk([](Operation *op) {
        for (Type type : op->getResultTypes())
          if (type.isF64() || type.isInteger(64))
            return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

/// Whether the code looks up its own name, as a global or as a method
/// (`fib(n - 1)`, `child.walk()` in `walk`): by its name, a recursive
/// function. Its calls of itself are compiled-to-compiled calls when it
/// is compiled, which cost less than the interpreter's calls through the
/// eval hook (measured: bench/fib 0.80x interpreted, 1.63x compiled). A
/// dunder method is not counted: `super().__init__()` is not recursion.
bool callsItself(const uopjit::Snapshot &snapshot) {
  llvm::StringRef name = snapshot.name;
  if (name.starts_with("__") && name.ends_with("__"))
    return false;
  return llvm::any_of(snapshot.instrs, [&](const uopjit::SnapshotInstr &in) {
    const uopjit::InstrInfo *base = uopjit::instrInfo(in.base);
    if (!base)
      return false;
    llvm::StringRef family = base->name;
    // LOAD_GLOBAL's oparg is the name index shifted left by one.
    uint32_t index = family == "LOAD_GLOBAL" ? in.oparg >> 1
                     : family == "LOAD_METHOD" ? in.oparg
                                                : UINT32_MAX;
    return index < snapshot.names.size() && snapshot.names[index] == snapshot.name;
  });
}

/// Whether instruction `opcode` has a uop with `flag` (asked of an
/// instruction's generic form, `base`, by the rules below).
bool opcodeHas(int opcode, uopjit::UopFlag flag) {
  const uopjit::InstrInfo *info = uopjit::instrInfo(opcode);
  return info && llvm::any_of(info->macro, [&](const uopjit::MacroStep &step) {
           return uopjit::uopInfo(step.uop).has(flag);
         });
}

/// What the profitability rules ask of the dialect, asked of the bytecode
/// before the import: whether an instruction may jump backward (a loop),
/// and whether one is a BINARY_OP (in any form but the string ones:
/// `"{" + text` is no arithmetic). The dialect has no more
/// than the bytecode (unreachable code and exception handlers are not
/// imported), so a "no" here is a "no" there. Without a BINARY_OP nothing
/// stays unboxed: --uop-unbox rewrites a comparison only when an
/// arithmetic candidate feeds it or a loop carries its inputs. So the
/// rules can reject such code without importing it (a third of compiling
/// bench/async_tasks went to code they then rejected).
bool bytecodeJumpsBackward(const uopjit::Snapshot &snapshot) {
  return llvm::any_of(snapshot.instrs, [](const uopjit::SnapshotInstr &in) {
    return opcodeHas(in.base, uopjit::JumpBack);
  });
}
/// What hasLoopWithoutSuspension asks of the dialect: whether every loop
/// suspends, here when each backward jump's range (its target up to
/// itself, where the loop's body lies) holds a YIELD_VALUE. One
/// difference: a yield in an `except` clause within the range counts here,
/// while the import leaves handlers out, so a generator whose loop
/// suspends only in a handler stays interpreted.
bool bytecodeEveryLoopSuspends(const uopjit::Snapshot &snapshot) {
  return llvm::all_of(snapshot.instrs, [&](const uopjit::SnapshotInstr &back) {
    if (!opcodeHas(back.base, uopjit::JumpBack))
      return true;
    int target = back.offset + 2 - 2 * (int)back.oparg;
    return llvm::any_of(snapshot.instrs, [&](const uopjit::SnapshotInstr &in) {
      return in.offset >= target && in.offset < back.offset && opcodeHas(in.base, uopjit::Suspend);
    });
  });
}
bool bytecodeHasBinaryOp(const uopjit::Snapshot &snapshot) {
  return llvm::any_of(snapshot.instrs, [](const uopjit::SnapshotInstr &in) {
    const uopjit::InstrInfo *base = uopjit::instrInfo(in.base);
    if (!base || llvm::StringRef(base->name) != "BINARY_OP")
      return false;
    // A site specialized for strs (`"{" + text`) is no arithmetic, unless
    // the runtime asked for the generic instruction there.
    const uopjit::InstrInfo *specialized = uopjit::instrInfo(in.opcode);
    return in.generic || !specialized ||
           !llvm::any_of(specialized->macro, [](const uopjit::MacroStep &step) {
             return worksOnStrings(uopjit::uopInfo(step.uop));
           });
  });
}

/// "file.py:12: " for the frontend's locations (the runtime imports with
/// SourceLocations::Lines; a tool's NameLoc adds "LOAD_ATTR@40: ").
std::string describe(Location loc) {
  std::string out;
  llvm::raw_string_ostream os(out);
  if (auto file = loc->findInstanceOf<FileLineColLoc>())
    os << file.getFilename().getValue() << ":" << file.getLine() << ": ";
  if (auto name = loc->findInstanceOf<NameLoc>())
    os << name.getName().getValue() << ": ";
  return out;
}

char *copyString(const std::string &s) {
  char *out = static_cast<char *>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}
} // namespace

extern "C" UopjitCompiled *uopjit_compile_code(void *code, const char *passes, int keep_dialect,
                                               const int32_t *generic, size_t ngeneric,
                                               const UopjitObserved *observed,
                                               unsigned rules, int *rejected_by, char *why,
                                               size_t whylen) {
  MLIRContext &ctx = context();
  std::string reason;
  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
    if (reason.empty() && diag.getSeverity() == DiagnosticSeverity::Error) {
      llvm::raw_string_ostream os(reason);
      os << describe(diag.getLocation()) << diag;
    }
    return success();
  });
  *rejected_by = 0;
  auto fail = [&](const std::string &message) -> UopjitCompiled * {
    std::snprintf(why, whylen, "%s", message.c_str());
    return nullptr;
  };
  auto rejectBy = [&](int rule, const std::string &message) {
    *rejected_by = rule;
    return fail(message);
  };
  bool suspendingRule = rules & UOPJIT_RULE_SUSPENDING, leafRuleOn = rules & UOPJIT_RULE_LEAF;

  PhaseClock clock(Snapshot);
  llvm::Expected<uopjit::Snapshot> snapshot =
      uopjit::snapshotFromCode(static_cast<struct _object *>(code));
  if (!snapshot)
    return fail("snapshot: " + llvm::toString(snapshot.takeError()));
  if (observed && observed->args)
    uopjit::observeArguments(*snapshot,
                             reinterpret_cast<struct _object *const *>(observed->args),
                             std::min(observed->nargs, snapshot->numParams()));
  if (observed)
    uopjit::markStaleGlobalSites(*snapshot, static_cast<struct _object *>(observed->globals),
                                 static_cast<struct _object *>(observed->builtins));
  llvm::ArrayRef<int32_t> genericOffsets(generic, ngeneric);
  // A generic instruction is marked too: the passes leave its site alone
  // (--uop-unbox speculates no int there).
  for (uopjit::SnapshotInstr &in : snapshot->instrs)
    if (llvm::is_contained(genericOffsets, in.offset) ||
        llvm::is_contained(genericOffsets, in.start))
      in.generic = true;
  // Profitability (docs/performance.md, "Which code is compiled"): a
  // compiled activation costs more than the interpreter's; only code that
  // runs a while in it, or that the passes make cheaper, pays that back.
  // Decided from the bytecode where it can be, before the import.
  bool suspends = snapshot->flags & kSuspends;
  const char *leaf = "a function without loops or recursion whose optimized code keeps no number "
                     "unboxed: called from the interpreter, a compiled activation costs more "
                     "than an interpreted one, so it stays interpreted until compiled code "
                     "calls it";
  const char *suspending = "a generator or coroutine whose every loop suspends: a compiled resume "
                           "costs more than the interpreter's, so it stays interpreted";
  bool jumpsBackward = bytecodeJumpsBackward(*snapshot);
  // Said in the reason, so `uopjit.info` shows how early it was decided.
  const std::string fromBytecode = " (decided from its bytecode)";
  if (suspendingRule && suspends && (!jumpsBackward || bytecodeEveryLoopSuspends(*snapshot)))
    return rejectBy(UOPJIT_RULE_SUSPENDING, suspending + fromBytecode);
  // A function that makes instances of a plain class (a class called with
  // object.__new__ and a Python __init__) is compiled: compiled code makes
  // them without type_call's layers (Frames.c uopjit_call_class).
  bool makesInstances = observed && observed->makes_instances;
  if (leafRuleOn && !suspends && !jumpsBackward && !callsItself(*snapshot) && !makesInstances &&
      !bytecodeHasBinaryOp(*snapshot))
    return rejectBy(UOPJIT_RULE_LEAF, leaf + fromBytecode);
  clock.next(Import);
  Location loc = UnknownLoc::get(&ctx);
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  // Lines only: the lowering reads nothing else, and a third of the
  // import went to uniquing per-instruction locations.
  if (failed(uopjit::importSnapshot(*snapshot, *module, loc, uopjit::SourceLocations::Lines)))
    return fail("import: " + reason);
  uopjit::uop::FuncOp func;
  module->walk([&](uopjit::uop::FuncOp f) {
    if (!func)
      func = f;
  });
  if (!func)
    return fail("import made no uop.func");
  if (suspendingRule && suspends && !hasLoopWithoutSuspension(func))
    return rejectBy(UOPJIT_RULE_SUSPENDING, suspending);
  bool loops = func.walk([](uopjit::uop::LoopOp) { return WalkResult::interrupt(); })
                   .wasInterrupted();
  // Decided before the passes where it can be: no arithmetic chain, nothing
  // to unbox.
  bool leafRule = leafRuleOn && !suspends && !loops && !callsItself(*snapshot) && !makesInstances;
  if (leafRule && !mayKeepNumbersUnboxed(func))
    return rejectBy(UOPJIT_RULE_LEAF, std::string(leaf) + " (decided from its imported dialect)");
  clock.next(Passes);
  std::string pipeline = passes ? passes : "";
  if (!pipeline.empty() && pipeline != "none") {
    static std::string cachedPipeline;
    static std::unique_ptr<PassManager> cachedPm;
    if (!cachedPm || cachedPipeline != pipeline) {
      cachedPm.reset();
      auto pm = std::make_unique<PassManager>(&ctx, ModuleOp::getOperationName());
      pm->enableVerifier(false);
      std::string error;
      llvm::raw_string_ostream errors(error);
      if (failed(parsePassPipeline(pipeline, *pm, errors)))
        return fail("pipeline '" + pipeline + "': " + error);
      cachedPm = std::move(pm);
      cachedPipeline = pipeline;
    }
    if (failed(cachedPm->run(*module)))
      return fail("passes: " + reason);
  }
  clock.next(Verify);
  if (failed(verify(*module)))
    return fail("verifier: " + reason);
  clock.next(Lower);
  if (leafRule && !keepsNumbersUnboxed(func))
    return rejectBy(UOPJIT_RULE_LEAF, leaf);
  FailureOr<uopjit::FlatProgram> program = uopjit::lowerToFlat(func, /*requireBodies=*/true);
  if (failed(program))
    return fail(reason);
  clock.next(NumPhases); // printing a kept dialect is no phase of compiling
  auto *compiled = new UopjitCompiled{std::move(*program), {}, {}};
  compiled->view = compiled->program.view();
  if (keep_dialect) {
    llvm::raw_string_ostream os(compiled->dialect);
    // Verified above: the printer need not verify it again to choose
    // between the custom and the generic form.
    func->print(os, OpPrintingFlags().assumeVerified());
  }
  return compiled;
}

extern "C" const UopjitProgram *uopjit_compiled_program(const UopjitCompiled *compiled) {
  return &compiled->view;
}

extern "C" char *uopjit_compiled_listing(const UopjitCompiled *compiled) {
  std::string text;
  llvm::raw_string_ostream os(text);
  uopjit::printFlatProgram(compiled->program, os);
  return copyString(text);
}

extern "C" char *uopjit_compiled_dialect(const UopjitCompiled *compiled) {
  return compiled->dialect.empty() ? nullptr : copyString(compiled->dialect);
}

extern "C" void uopjit_compiled_free(UopjitCompiled *compiled) { delete compiled; }

extern "C" int uopjit_opcode_jumps_back(int opcode) {
  return opcodeHas(opcode, uopjit::JumpBack);
}

extern "C" size_t uopjit_compile_phase(size_t i, const char **name, double *seconds) {
  if (i < NumPhases) {
    *name = kPhaseNames[i];
    *seconds = phaseSeconds[i];
  }
  return NumPhases;
}

extern "C" size_t uopjit_pass_counter(size_t i, const char **pass, const char **name,
                                      uint64_t *value) {
  const std::vector<uopjit::PassCounterTotal> &totals = uopjit::passCounterTotals();
  if (i < totals.size()) {
    *pass = totals[i].pass.c_str();
    *name = totals[i].name.c_str();
    *value = totals[i].value;
  }
  return totals.size();
}
