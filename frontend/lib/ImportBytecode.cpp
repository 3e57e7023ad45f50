//===- ImportBytecode.cpp - specialized bytecode -> `uop` dialect ---------===//
//
// See ImportBytecode.h for the steps. Everything here works on "blocks" of
// decoded instructions (BlockInfo) and only the last step builds MLIR.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Frontend/ImportBytecode.h"

#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/IR/UopInfo.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <deque>

using namespace mlir;
using namespace uopjit;
using llvm::formatv;

namespace {

/// One decoded instruction.
struct Instr {
  const SnapshotInstr *raw;
  const InstrInfo *info;
  int start, offset, next; ///< first prefix, own code unit, what follows
  uint32_t oparg;
  uint32_t nextOparg = 0; ///< oparg of the following instruction
  bool jumps = false, unconditional = false, exits = false, suspends = false;
  int target = -1; ///< jump target (start offset)
};

struct BlockInfo {
  int first, last; ///< indices into Importer::instrs
  llvm::SmallVector<int, 2> succs, preds;
  int depth = -1;
  int loop = -1; ///< innermost loop
  bool reachable = false;
  bool resume = false; ///< starts after a YIELD_VALUE
  Block *mb = nullptr;
};

struct LoopInfo {
  int header;
  llvm::DenseSet<int> body;
  int parent = -1;
  llvm::SmallVector<int> exits; ///< target blocks outside the loop
  int exitDepth = 0;            ///< stack slots carried out (max over exits)
  Block *entry = nullptr;       ///< holds the uop.loop, in the parent region
  uop::LoopOp op;
  std::vector<Block *> blocks; ///< blocks of its region, header first
  bool selector() const { return exits.size() > 1; }
};

/// The abstract frame while a block is translated: SSA value of every
/// localsplus slot and stack slot, and which locals are surely bound.
struct State {
  llvm::SmallVector<Value> locals, stack;
  llvm::SmallBitVector bound, mayBeBound;
  llvm::SmallVector<Value> all() const {
    llvm::SmallVector<Value> v(locals);
    v.append(stack.begin(), stack.end());
    return v;
  }
  /// Local `slot` now holds `value`, which is not NULL.
  void bind(unsigned slot, Value value) {
    locals[slot] = value;
    bound.set(slot);
    mayBeBound.set(slot);
  }
  /// Local `slot` now holds NULL.
  void unbind(unsigned slot, Value null) {
    locals[slot] = null;
    bound.reset(slot);
    mayBeBound.reset(slot);
  }
};

class Importer {
public:
  Importer(const Snapshot &snap, ModuleOp module, Location loc, SourceLocations locations)
      : snap(snap), module(module), loc(loc), ctx(module.getContext()), b(ctx),
        locations(locations), objectType(uop::ObjectType::get(ctx)) {}
  LogicalResult run();

private:
  // Steps.
  LogicalResult decode();
  LogicalResult buildBlocks();
  LogicalResult computeDepths();
  LogicalResult findLoops();
  std::vector<llvm::SmallBitVector> solveBound(bool must);
  LogicalResult emit();
  bool removeTrivialBlockArguments();
  bool forwardInvariantLoopResults();
  void mergeStraightLineBlocks();

  // Emission helpers.
  LogicalResult emitBlock(int bi, State state);
  LogicalResult emitInstr(const Instr &in, State &state, int bi);
  uop::ObjectType constFacts(const SnapshotConst &c);
  void emitLoopEntry(int li);
  LogicalResult branchTo(int ctxLoop, int target, ValueRange state, Location at);
  Block *edgeBlock(int ctxLoop, int target, ValueRange state, Location at,
                   llvm::SmallVectorImpl<Value> &operands);
  Block *directDest(int ctxLoop, int target);
  /// The operands of the edge to `dest` carrying `state`: none for a block
  /// that takes the state of its only predecessor (stateFromPred), which
  /// is recorded for it instead.
  ValueRange edgeOperands(Block *dest, ValueRange state);
  /// Blocks with one incoming edge, from a block translated before them:
  /// they start with that edge's values rather than with block arguments
  /// (which removeTrivialBlockArguments would remove again: most blocks
  /// are such, and making then removing one argument per slot was a fifth
  /// of an import).
  llvm::DenseMap<Block *, llvm::SmallVector<Value>> stateFromPred;
  std::vector<Block *> &blocksOf(int ctxLoop) {
    return ctxLoop < 0 ? topBlocks : loops[ctxLoop].blocks;
  }
  Block *newBlock(int ctxLoop, unsigned numArgs);
  Value null(Location at) { return uop::NullOp::create(b, at, objectType); }
  Location instrLoc(const Instr &in);

  InFlightDiagnostic error(const Instr &in, const llvm::Twine &why) {
    return emitError(loc) << snap.qualname << ": " << in.info->name << " at offset "
                          << in.offset << ": " << why;
  }
  int numLocals() const { return snap.numLocalsPlus(); }
  int blockOf(int offset) const {
    auto it = blockAtStart.find(offset);
    return it == blockAtStart.end() ? -1 : it->second;
  }

  const Snapshot &snap;
  ModuleOp module;
  Location loc;
  MLIRContext *ctx;
  OpBuilder b;

  std::vector<Instr> instrs;
  /// The specialized instructions of sites made generic whose catalog entry
  /// says what such a site runs (genericMacro): copies with that macro.
  std::deque<InstrInfo> genericForms;
  llvm::DenseMap<int, int> instrAtStart; // start offset -> instrs index
  std::vector<BlockInfo> blocks;
  llvm::DenseMap<int, int> blockAtStart; // start offset -> blocks index
  std::vector<int> rpo;
  std::vector<LoopInfo> loops;
  std::vector<llvm::SmallBitVector> boundIn, mayBeBoundIn;
  int entryInstr = 0;
  int regionStart = 0; // first offset that compiled code runs
  bool generator = false;

  uop::FuncOp func;
  Region *topRegion = nullptr;
  std::vector<Block *> topBlocks;
  llvm::DenseMap<int, State> resumeState; // resume block -> state at the yield
  Operation *lastJump = nullptr;          // the jump uop of the block being emitted
  int pendingKwNames = -1; // start of a KW_NAMES whose CALL has not come yet
  StringAttr filenameAttr;  // snap.filename, uniqued once (instrLoc)
  SourceLocations locations;
  llvm::DenseMap<int, LocationAttr> lineLocs; // SourceLocations::Lines, by line
  // `!uop.object`, the type of every value the import makes, uniqued once:
  // a block takes one argument per slot (a tenth of an import went to
  // looking the type up again for each).
  uop::ObjectType objectType;
  // Names looked up once per import rather than once per op: a uop's op
  // name by kind, each immediate's attribute name, a frame state's two
  // (a StringAttr::get or an op-name lookup per op made up a tenth of an
  // import).
  llvm::DenseMap<unsigned, OperationName> opNames;
  llvm::DenseMap<unsigned, StringAttr> immNames;
  StringAttr offsetName, numLocalsName;
  OperationName uopName(const UopInfo &u) {
    if (auto it = opNames.find((unsigned)u.kind); it != opNames.end())
      return it->second;
    OperationName name((llvm::Twine("uop.") + u.mnemonic).str(), ctx);
    opNames.try_emplace((unsigned)u.kind, name);
    return name;
  }
  StringAttr immNameAttr(ImmKind kind) {
    StringAttr &name = immNames[(unsigned)kind];
    if (!name)
      name = StringAttr::get(ctx, immName(kind));
    return name;
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// 1. Decode
//===----------------------------------------------------------------------===//

static bool familyIs(const InstrInfo *info, llvm::StringRef name) {
  return llvm::StringRef(info->family) == name;
}

LogicalResult Importer::decode() {
  std::vector<Instr> all;
  for (const SnapshotInstr &raw : snap.instrs) {
    const InstrInfo *info = instrInfo(raw.adaptive || raw.generic ? raw.base : raw.opcode);
    if (raw.generic && !raw.adaptive) {
      const InstrInfo *specialized = instrInfo(raw.opcode);
      if (specialized && !specialized->genericMacro.empty()) {
        InstrInfo form = *specialized;
        form.macro = specialized->genericMacro;
        info = &genericForms.emplace_back(form);
      }
    }
    // PRECALL_PYFUNC makes the direct call (Instrs.td) only when no
    // keywords are passed: after KW_NAMES it stays the guard it is in
    // CPython, and the generic CALL after it passes the names.
    if (info && llvm::StringRef(info->name) == "PRECALL_PYFUNC" && !all.empty() &&
        familyIs(all.back().info, "KW_NAMES")) {
      InstrInfo form = *info;
      form.macro = form.macro.take_front(1); // GUARD_CALLEE_FUNCTION
      form.alsoRuns = {};
      info = &genericForms.emplace_back(form);
    }
    if (!info) {
      InFlightDiagnostic d = emitError(loc) << snap.qualname << ": opcode " << raw.opcode
                                            << " at offset " << raw.offset << ": ";
      if (raw.base != raw.opcode && instrInfo(raw.base))
        d << "a specialized form of " << instrInfo(raw.base)->name
          << " the catalog does not describe (an *_ADAPTIVE form must be marked "
             "\"adaptive\")";
      else
        d << "not a CPython 3.11 instruction the catalog describes";
      return d;
    }
    Instr in{&raw, info, raw.start, raw.offset, raw.offset + 2 + 2 * (int)raw.caches.size(),
             raw.oparg};
    if ((int)raw.caches.size() != info->cacheEntries)
      return error(in, formatv("has {0} inline cache entries, the catalog says {1}",
                               raw.caches.size(), info->cacheEntries));
    if (raw.start > raw.offset)
      return error(in, "starts after its own code unit");
    // Counts of stack items and slots come from the oparg: keep them sane.
    if (raw.oparg > 0x7fffffff)
      return error(in, formatv("has oparg {0}, beyond what 3.11 encodes", raw.oparg));
    for (const MacroStep &step : info->macro) {
      const UopInfo &u = uopInfo(step.uop);
      int in_ = u.numInputSlots(raw.oparg), out = u.stackEffect(raw.oparg) + in_;
      if (u.stackDependsOnOparg() &&
          (in_ < 0 || out < 0 || in_ > snap.stacksize || out > snap.stacksize))
        return error(in, formatv("has oparg {0}: uop {1} would take {2} and leave {3} stack "
                                 "items, beyond co_stacksize {4}",
                                 raw.oparg, u.name, in_, out, snap.stacksize));
      bool slotIndex = u.has(LocalRd) || u.has(LocalWr) || familyIs(info, "LOAD_DEREF") ||
                       familyIs(info, "STORE_DEREF") || familyIs(info, "DELETE_DEREF") ||
                       familyIs(info, "LOAD_CLASSDEREF");
      bool usesNext = llvm::is_contained(u.imms, ImmKind::next_oparg);
      if (slotIndex && !usesNext && raw.oparg >= (uint32_t)snap.numLocalsPlus())
        return error(in, formatv("uses local slot {0}, but there are {1}", raw.oparg,
                                 snap.numLocalsPlus()));
    }
    all.push_back(in);
  }
  // Drop EXTENDED_ARG prefixes (their value is in the oparg), skip what a
  // SKIP_CALL form also runs.
  for (size_t i = 0; i < all.size(); ++i) {
    Instr in = all[i];
    if (familyIs(in.info, "EXTENDED_ARG"))
      continue;
    if (i + 1 < all.size())
      in.nextOparg = all[i + 1].oparg;
    for (const char *name : in.info->alsoRuns) {
      const InstrInfo *want = lookupInstr(name);
      if (++i >= all.size() || all[i].raw->base != want->opcode)
        return error(in, llvm::Twine("must be followed by ") + name);
      in.next = all[i].next;
    }
    for (const MacroStep &step : in.info->macro) {
      const UopInfo &u = uopInfo(step.uop);
      in.exits |= u.has(Exit);
      in.suspends |= u.has(Suspend);
      if (u.isJump()) {
        in.jumps = true;
        int delta = 2 * (int)in.oparg * (u.has(JumpBack) ? -1 : 1);
        in.target = in.offset + 2 + delta;
      }
    }
    in.unconditional = familyIs(in.info, "JUMP_FORWARD") || familyIs(in.info, "JUMP_BACKWARD") ||
                       familyIs(in.info, "JUMP_BACKWARD_NO_INTERRUPT");
    instrAtStart[in.start] = instrs.size();
    instrs.push_back(in);
  }
  if (instrs.empty())
    return emitError(loc) << snap.qualname << ": no instructions";
  for (const Instr &in : instrs)
    if (in.jumps && !instrAtStart.count(in.target))
      return error(in, formatv("jumps to offset {0}, which is not the start of an "
                               "instruction (the code has {1} bytes)",
                               in.target, snap.codeSize));

  // A generator's frame first runs at the instruction after RETURN_GENERATOR.
  generator = snap.flags & (Snapshot::kGenerator | Snapshot::kCoroutine |
                            Snapshot::kAsyncGenerator | Snapshot::kIterableCoroutine);
  if (generator) {
    auto it = llvm::find_if(instrs, [](const Instr &in) {
      return familyIs(in.info, "RETURN_GENERATOR");
    });
    if (it == instrs.end())
      return emitError(loc) << snap.qualname
                            << ": a generator or coroutine without RETURN_GENERATOR";
    entryInstr = it - instrs.begin() + 1;
    if (entryInstr >= (int)instrs.size())
      return error(*it, "is the last instruction");
  }
  regionStart = instrs[entryInstr].start;
  return success();
}

//===----------------------------------------------------------------------===//
// 2. Blocks and edges
//===----------------------------------------------------------------------===//

LogicalResult Importer::buildBlocks() {
  llvm::SmallSetVector<int, 16> leaders;
  leaders.insert(regionStart);
  for (int i = entryInstr; i < (int)instrs.size(); ++i) {
    const Instr &in = instrs[i];
    if (in.jumps)
      leaders.insert(in.target);
    if ((in.jumps || in.exits || in.suspends) && instrAtStart.count(in.next))
      leaders.insert(in.next);
  }
  for (const SnapshotExceptionEntry &e : snap.exceptionTable)
    if (instrAtStart.count(e.target))
      leaders.insert(e.target);

  for (int i = entryInstr; i < (int)instrs.size(); ++i) {
    if (i == entryInstr || leaders.count(instrs[i].start)) {
      blockAtStart[instrs[i].start] = blocks.size();
      BlockInfo block;
      block.first = block.last = i;
      blocks.push_back(block);
    }
    blocks.back().last = i;
  }
  for (BlockInfo &block : blocks) {
    const Instr &last = instrs[block.last];
    auto addSucc = [&](int offset) -> LogicalResult {
      int s = blockOf(offset);
      if (s < 0)
        return error(last, formatv("continues at offset {0}, outside the code", offset));
      block.succs.push_back(s);
      return success();
    };
    if (last.exits)
      continue;
    if (last.jumps && failed(addSucc(last.target)))
      return failure();
    if (!last.unconditional && failed(addSucc(last.next)))
      return failure();
    if (last.suspends)
      blocks[block.succs.back()].resume = true;
  }
  // Reachability from the entry, and predecessors of reachable blocks.
  std::vector<int> work{0};
  blocks[0].reachable = true;
  while (!work.empty()) {
    int bi = work.back();
    work.pop_back();
    for (int s : blocks[bi].succs) {
      blocks[s].preds.push_back(bi);
      if (!blocks[s].reachable) {
        blocks[s].reachable = true;
        work.push_back(s);
      }
    }
  }
  // Reverse post-order.
  std::vector<char> seen(blocks.size());
  std::vector<std::pair<int, unsigned>> stack{{0, 0}};
  seen[0] = 1;
  while (!stack.empty()) {
    auto &[bi, next] = stack.back();
    if (next < blocks[bi].succs.size()) {
      int s = blocks[bi].succs[next++];
      if (!seen[s]) {
        seen[s] = 1;
        stack.push_back({s, 0});
      }
      continue;
    }
    rpo.push_back(bi);
    stack.pop_back();
  }
  std::reverse(rpo.begin(), rpo.end());
  for (int bi : rpo)
    if (blocks[bi].resume && blocks[bi].preds.size() != 1)
      return error(instrs[blocks[bi].first],
                   "follows a YIELD_VALUE but is also reached another way");
  return success();
}

//===----------------------------------------------------------------------===//
// 3. Stack depths
//===----------------------------------------------------------------------===//

LogicalResult Importer::computeDepths() {
  blocks[0].depth = generator ? 1 : 0; // a generator starts with the sent value
  for (int bi : rpo) {
    BlockInfo &block = blocks[bi];
    int depth = block.depth;
    for (int i = block.first; i <= block.last; ++i) {
      const Instr &in = instrs[i];
      int after = depth + in.info->stackEffect(in.oparg);
      int needed = 0, d = depth;
      for (const MacroStep &step : in.info->macro) {
        const UopInfo &u = uopInfo(step.uop);
        needed = std::max(needed, depth - d + u.numInputSlots(in.oparg));
        d += u.stackEffect(in.oparg);
      }
      if (needed > depth)
        return error(in, formatv("needs {0} stack items but only {1} are there", needed, depth));
      if (after > snap.stacksize)
        return error(in, formatv("grows the stack to {0}, above co_stacksize {1}", after,
                                 snap.stacksize));
      if (i == block.last) {
        for (int s : block.succs) {
          bool taken = in.jumps && s == blockOf(in.target) &&
                       (in.unconditional || blockOf(in.target) != blockOf(in.next));
          int want = taken ? depth + in.info->stackEffectTaken(in.oparg) : after;
          if (blocks[s].depth < 0)
            blocks[s].depth = want;
          else if (blocks[s].depth != want)
            return error(in, formatv("reaches offset {0} with {1} stack items, another path "
                                     "with {2}",
                                     instrs[blocks[s].first].start, want, blocks[s].depth));
        }
      }
      depth = after;
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// 4. Natural loops
//===----------------------------------------------------------------------===//

LogicalResult Importer::findLoops() {
  // Dominators (Cooper, Harvey, Kennedy), on the reverse post-order.
  std::vector<int> order(blocks.size(), -1), idom(blocks.size(), -1);
  for (auto [i, bi] : llvm::enumerate(rpo))
    order[bi] = i;
  idom[rpo[0]] = rpo[0];
  auto intersect = [&](int a, int b2) {
    while (a != b2) {
      while (order[a] > order[b2])
        a = idom[a];
      while (order[b2] > order[a])
        b2 = idom[b2];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int bi : llvm::drop_begin(rpo)) {
      int newIdom = -1;
      for (int p : blocks[bi].preds)
        if (idom[p] >= 0)
          newIdom = newIdom < 0 ? p : intersect(p, newIdom);
      if (idom[bi] != newIdom) {
        idom[bi] = newIdom;
        changed = true;
      }
    }
  }
  auto dominates = [&](int a, int x) {
    for (;;) {
      if (x == a)
        return true;
      if (x == idom[x])
        return false;
      x = idom[x];
    }
  };
  // Back edges u -> h (h dominates u) give the loop of h; any other edge
  // to an earlier block in RPO would make the CFG irreducible.
  llvm::DenseMap<int, int> loopOfHeader;
  for (int u : rpo)
    for (int h : blocks[u].succs) {
      if (order[h] > order[u])
        continue;
      if (!dominates(h, u))
        return error(instrs[blocks[u].last],
                     formatv("jumps back to offset {0} into a loop it is not part of "
                             "(irreducible control flow)",
                             instrs[blocks[h].first].start));
      auto [it, fresh] = loopOfHeader.try_emplace(h, loops.size());
      if (fresh)
        loops.emplace_back().header = h;
      LoopInfo &loop = loops[it->second];
      loop.body.insert(h);
      std::vector<int> work{u};
      while (!work.empty()) {
        int x = work.back();
        work.pop_back();
        if (!loop.body.insert(x).second)
          continue;
        for (int p : blocks[x].preds)
          work.push_back(p);
      }
    }
  // Nesting: the innermost loop of a block is the smallest one holding it.
  std::vector<int> bySize(loops.size());
  for (size_t i = 0; i < loops.size(); ++i)
    bySize[i] = i;
  llvm::sort(bySize, [&](int a, int c) { return loops[a].body.size() < loops[c].body.size(); });
  for (int l : bySize) {
    for (int bi : loops[l].body)
      if (blocks[bi].loop < 0)
        blocks[bi].loop = l;
    for (int outer : bySize)
      if (outer != l && loops[outer].body.size() > loops[l].body.size() &&
          loops[outer].body.contains(loops[l].header)) {
        loops[l].parent = outer;
        break;
      }
  }
  for (LoopInfo &loop : loops) {
    llvm::SmallSetVector<int, 4> exits;
    for (int u : loop.body)
      for (int s : blocks[u].succs)
        if (!loop.body.contains(s))
          exits.insert(s);
    loop.exits.assign(exits.begin(), exits.end());
    llvm::sort(loop.exits, [&](int a, int c) { return blocks[a].first < blocks[c].first; });
    for (int s : loop.exits)
      loop.exitDepth = std::max(loop.exitDepth, blocks[s].depth);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Which locals are bound at each block entry: surely (so LOAD_FAST needs no
// check) and possibly (so STORE_FAST over a surely unbound one releases
// nothing). One forward dataflow, two meets.
//===----------------------------------------------------------------------===//

std::vector<llvm::SmallBitVector> Importer::solveBound(bool must) {
  int n = numLocals();
  llvm::SmallBitVector params(n);
  for (int i = 0; i < std::min(snap.numParams(), n); ++i)
    params.set(i);
  if (generator) // cells and free variables are set before the region starts
    for (int i = snap.nlocals; i < n; ++i)
      params.set(i);
  std::vector<llvm::SmallBitVector> in(blocks.size(), llvm::SmallBitVector(n, must));
  in[rpo[0]] = params;
  auto transfer = [&](int bi) {
    llvm::SmallBitVector bound = in[bi];
    for (int i = blocks[bi].first; i <= blocks[bi].last; ++i) {
      const Instr &instr = instrs[i];
      const MacroStep &first = instr.info->macro.front();
      if ((int)instr.oparg >= n)
        continue;
      if (first.uop == UopKind::STORE_FAST || first.uop == UopKind::LOAD_FAST ||
          first.uop == UopKind::MAKE_CELL)
        bound.set(instr.oparg);
      else if (first.uop == UopKind::DELETE_FAST)
        bound.reset(instr.oparg);
      else if (first.uop == UopKind::COPY_FREE_VARS)
        for (int k = n - (int)instr.oparg; k < n; ++k)
          bound.set(k);
    }
    return bound;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int bi : rpo) {
      llvm::SmallBitVector out = transfer(bi);
      for (int succ : blocks[bi].succs) {
        llvm::SmallBitVector meet = in[succ];
        if (must)
          meet &= out;
        else
          meet |= out;
        if (meet != in[succ]) {
          in[succ] = meet;
          changed = true;
        }
      }
    }
  }
  return in;
}

//===----------------------------------------------------------------------===//
// 5. SSA and regions
//===----------------------------------------------------------------------===//

Location Importer::instrLoc(const Instr &in) {
  // Built once per instruction: the file name is uniqued once per import,
  // and the name is concatenated, not formatted (formatv parsed its format
  // string every time: 6,000 instructions a location, 10% of an import).
  if (!filenameAttr)
    filenameAttr = StringAttr::get(ctx, snap.filename);
  int line = std::max(in.raw->line, 0);
  if (locations == SourceLocations::Lines) {
    LocationAttr &src = lineLocs[line];
    if (!src)
      src = FileLineColLoc::get(filenameAttr, line, 0);
    return src;
  }
  Location src = FileLineColLoc::get(filenameAttr, line,
                                     in.raw->line >= 0 ? std::max(in.raw->column, 0) + 1 : 0);
  llvm::SmallString<48> name(in.info->name);
  name += '@';
  name += std::to_string(in.offset);
  return NameLoc::get(StringAttr::get(ctx, name), src);
}

Block *Importer::newBlock(int ctxLoop, unsigned numArgs) {
  Block *block = new Block();
  for (unsigned i = 0; i < numArgs; ++i)
    block->addArgument(objectType, loc);
  blocksOf(ctxLoop).push_back(block);
  return block;
}

/// The child loop of `ctxLoop` (or `ctxLoop` itself) holding block `bi`.
static int childLoopHolding(const std::vector<LoopInfo> &loops, int loop, int ctxLoop) {
  while (loop >= 0 && loops[loop].parent != ctxLoop && loop != ctxLoop)
    loop = loops[loop].parent;
  return loop;
}

/// The block a plain cf.br in the region of `ctxLoop` reaches `target`
/// through: the target's own block, or the entry block of the child loop it
/// heads. Null for a continue, a break, or a jump into a loop's middle.
Block *Importer::directDest(int ctxLoop, int target) {
  if (ctxLoop >= 0 && (target == loops[ctxLoop].header || !loops[ctxLoop].body.contains(target)))
    return nullptr;
  int child = childLoopHolding(loops, blocks[target].loop, ctxLoop);
  if (child == ctxLoop || child < 0)
    return blocks[target].mb;
  return target == loops[child].header ? loops[child].entry : nullptr;
}

ValueRange Importer::edgeOperands(Block *dest, ValueRange state) {
  auto it = stateFromPred.find(dest);
  if (it == stateFromPred.end())
    return state;
  it->second.assign(state.begin(), state.end());
  return {};
}

Block *Importer::edgeBlock(int ctxLoop, int target, ValueRange state, Location at,
                           llvm::SmallVectorImpl<Value> &operands) {
  if (Block *dest = directDest(ctxLoop, target)) {
    ValueRange passed = edgeOperands(dest, state);
    operands.assign(passed.begin(), passed.end());
    return dest;
  }
  // A continue, a break or something worse: go through a block of its own.
  OpBuilder::InsertionGuard guard(b);
  Block *trampoline = newBlock(ctxLoop, 0);
  b.setInsertionPointToEnd(trampoline);
  operands.clear();
  if (failed(branchTo(ctxLoop, target, state, at)))
    return nullptr;
  return trampoline;
}

LogicalResult Importer::branchTo(int ctxLoop, int target, ValueRange state, Location at) {
  if (ctxLoop >= 0 && target == loops[ctxLoop].header) {
    uop::ContinueOp::create(b, at, state);
    return success();
  }
  if (ctxLoop < 0 || loops[ctxLoop].body.contains(target)) {
    Block *dest = directDest(ctxLoop, target);
    if (!dest) {
      int child = childLoopHolding(loops, blocks[target].loop, ctxLoop);
      return emitError(at) << snap.qualname << ": a jump into the middle of the loop at offset "
                           << instrs[blocks[loops[child].header].first].start
                           << " (irreducible control flow)";
    }
    cf::BranchOp::create(b, at, dest, edgeOperands(dest, state));
    return success();
  }
  // Leave the loop: its results are [selector,] locals, stack (padded).
  LoopInfo &loop = loops[ctxLoop];
  llvm::SmallVector<Value> values;
  if (loop.selector()) {
    int index = llvm::find(loop.exits, target) - loop.exits.begin();
    values.push_back(arith::ConstantIntOp::create(b, at, index, 32));
  }
  values.append(state.begin(), state.end());
  while ((int)values.size() < (loop.selector() ? 1 : 0) + numLocals() + loop.exitDepth)
    values.push_back(null(at));
  uop::BreakOp::create(b, at, values);
  return success();
}

void Importer::emitLoopEntry(int li) {
  LoopInfo &loop = loops[li];
  Block *entry = loop.entry;
  b.setInsertionPointToEnd(entry);
  const Instr &head = instrs[blocks[loop.header].first];
  Location at = instrLoc(head);
  llvm::SmallVector<Type> types;
  if (loop.selector())
    types.push_back(b.getI32Type());
  types.append(numLocals() + loop.exitDepth, objectType);
  OperationState st(at, uop::LoopOp::getOperationName());
  st.addAttribute("header", b.getI32IntegerAttr(head.start));
  st.addOperands(entry->getArguments());
  st.addTypes(types);
  st.addRegion();
  loop.op = cast<uop::LoopOp>(b.create(st));
  ValueRange results = loop.op.getResults();
  auto exitState = [&](int target) {
    ValueRange all = results.drop_front(loop.selector() ? 1 : 0);
    return all.take_front(numLocals() + blocks[target].depth);
  };
  if (!loop.selector()) {
    if (!loop.exits.empty())
      (void)branchTo(loop.parent, loop.exits[0], exitState(loop.exits[0]), at);
    else // an endless loop: left only by return, raise or deoptimization
      uop::UnreachableOp::create(b, at);
    return;
  }
  llvm::SmallVector<Block *> dests;
  llvm::SmallVector<llvm::SmallVector<Value>> operands(loop.exits.size());
  for (auto [k, target] : llvm::enumerate(loop.exits))
    dests.push_back(edgeBlock(loop.parent, target, exitState(target), at, operands[k]));
  b.setInsertionPointToEnd(entry);
  llvm::SmallVector<int32_t> cases;
  llvm::SmallVector<ValueRange> caseOperands;
  for (size_t k = 1; k < dests.size(); ++k) {
    cases.push_back(k);
    caseOperands.push_back(operands[k]);
  }
  cf::SwitchOp::create(b, at, results[0], dests[0], operands[0], cases,
                       llvm::ArrayRef(dests).drop_front(), caseOperands);
}

LogicalResult Importer::emitInstr(const Instr &in, State &state, int bi) {
  Location at = instrLoc(in);
  Value frame;
  // The interpreter keeps KW_NAMES's names in a variable of its loop, not in
  // the frame: a PRECALL/CALL it shapes must resume at the KW_NAMES itself.
  // Only the PRECALL and the CALL (or the PRECALL form that also runs it)
  // right after a KW_NAMES are shaped by it.
  int resumeAt = pendingKwNames >= 0 ? pendingKwNames : in.start;
  if (familyIs(in.info, "KW_NAMES"))
    pendingKwNames = in.start;
  else if (!(familyIs(in.info, "PRECALL") && in.info->alsoRuns.empty()))
    pendingKwNames = -1;
  auto frameState = [&]() {
    if (!frame) {
      llvm::SmallVector<Value> slots = state.all();
      OperationState st(at, uop::FrameStateOp::getOperationName());
      if (!offsetName) {
        offsetName = StringAttr::get(ctx, "offset");
        numLocalsName = StringAttr::get(ctx, "num_locals");
      }
      st.addAttribute(offsetName, b.getI32IntegerAttr(resumeAt));
      st.addAttribute(numLocalsName, b.getI32IntegerAttr(numLocals()));
      st.addOperands(slots);
      st.addTypes(uop::FrameType::get(ctx));
      frame = b.create(st)->getResult(0);
    }
    return frame;
  };
  for (const MacroStep &step : in.info->macro) {
    const UopInfo &u = uopInfo(step.uop);
    int n = numLocals();
    // Moves between the stack and the locals are SSA renames.
    switch (step.uop) {
    case UopKind::LOAD_FAST:
      if (state.bound.test(in.oparg)) {
        state.stack.push_back(state.locals[in.oparg]);
        continue;
      }
      break; // may be unbound: the uop checks it (reading its frame state)
    case UopKind::STORE_FAST:
      // Overwriting NULL releases nothing: a rename. Otherwise the old
      // value's release may run __del__, so the uop stays as an escape.
      if (!state.mayBeBound.test(in.oparg)) {
        state.bind(in.oparg, state.stack.pop_back_val());
        continue;
      }
      break;
    case UopKind::PUSH_NULL:
      state.stack.push_back(null(at));
      continue;
    case UopKind::COPY:
      if (in.oparg < 1 || in.oparg > state.stack.size())
        return error(in, "copies from outside the stack");
      state.stack.push_back(state.stack[state.stack.size() - in.oparg]);
      continue;
    case UopKind::SWAP:
      if (in.oparg < 2 || in.oparg > state.stack.size())
        return error(in, "swaps with a slot outside the stack");
      std::swap(state.stack.back(), state.stack[state.stack.size() - in.oparg]);
      continue;
    case UopKind::NOP:
    case UopKind::EXTENDED_ARG:
      continue;
    default:
      break;
    }
    // A jump that tests nothing and has no other effect is just the edge
    // (POP_JUMP_FORWARD_IF_NONE tests its input: it stays).
    if (u.isJump() && u.inputs.empty() && (u.flags & ~(Jump | JumpBack)) == 0)
      continue;

    int numIn = u.numInputSlots(in.oparg);
    if (numIn > (int)state.stack.size())
      return error(in, formatv("uop {0} needs {1} stack items, {2} are there", u.name, numIn,
                               state.stack.size()));
    llvm::SmallVector<Value> inputs(state.stack.end() - numIn, state.stack.end());
    OperationState st(at, uopName(u));
    st.addOperands(inputs);
    if (u.needsFrameState())
      st.addOperands(frameState());
    for (const ImmSource &imm : step.imms) {
      uint64_t value = 0;
      if (imm.cacheOffset == -1)
        value = in.oparg;
      else if (imm.cacheOffset == -2)
        value = in.nextOparg;
      else
        value = in.raw->cacheField(imm.cacheOffset, imm.size);
      st.addAttribute(immNameAttr(imm.kind),
                      b.getIntegerAttr(b.getIntegerType(immWidth(imm.kind)), value));
    }
    if (in.raw->generic && &step == &in.info->macro.front())
      st.addAttribute("generic", b.getUnitAttr());
    // The global's name, for readers of the dialect and for speculation
    // (--uop-speculate-iterators: a `for` over what `range` returned).
    if ((u.kind == UopKind::LOAD_GLOBAL || u.kind == UopKind::LOAD_GLOBAL_MODULE ||
         u.kind == UopKind::LOAD_GLOBAL_BUILTIN) &&
        (in.oparg >> 1) < snap.names.size())
      st.addAttribute("global", b.getStringAttr(snap.names[in.oparg >> 1]));
    if (in.raw->adaptive && &step == &in.info->macro.front()) {
      st.addAttribute("adaptive", b.getUnitAttr());
      if (!in.raw->caches.empty())
        st.addAttribute("counter", b.getI64IntegerAttr(in.raw->caches[0]));
    }
    st.addTypes(uop::defaultResultTypes(ctx, u, in.oparg));
    if (u.has(Suspend)) {
      int resumeBlock = blocks[bi].succs.front();
      st.addSuccessors(blocks[resumeBlock].mb);
    }
    Operation *op = b.create(st);
    if (u.isJump())
      lastJump = op;

    // Pop the inputs, push the outputs (pass-through ones are the inputs).
    llvm::StringMap<int> inputSlots; // name -> first slot among the inputs
    int slot = 0;
    for (const StackItem &item : u.inputs) {
      inputSlots[item.name] = slot;
      slot += item.slots(in.oparg);
    }
    state.stack.resize(state.stack.size() - numIn);
    if (u.has(Suspend)) {
      State after = state;
      resumeState[blocks[bi].succs.front()] = after;
      continue;
    }
    unsigned result = 0;
    for (const StackItem &item : u.outputs) {
      int count = item.values(in.oparg);
      if (item.kind == StackItem::ToLocal || item.kind == StackItem::ToFreeVars) {
        // Stored into local slots: the slot, or the last `count` ones.
        int first = item.kind == StackItem::ToLocal ? item.eval(in.oparg) : n - count;
        if (first < 0 || first + count > n)
          return error(in, formatv("writes local slots {0}..{1}, but there are {2}", first,
                                   first + count - 1, n));
        for (int k = 0; k < count; ++k)
          state.locals[first + k] = op->getResult(result++);
        continue;
      }
      if (item.passThrough) {
        int first = inputSlots.lookup(item.name);
        for (int k = 0; k < count; ++k)
          state.stack.push_back(inputs[first + k]);
      } else {
        for (int k = 0; k < count; ++k)
          state.stack.push_back(op->getResult(result++));
      }
    }
    if (step.uop == UopKind::LOAD_FAST) // checked: now bound
      state.bind(in.oparg, state.stack.back());
    else if (step.uop == UopKind::STORE_FAST)
      state.bind(in.oparg, inputs.front());
    else if (step.uop == UopKind::DELETE_FAST)
      state.unbind(in.oparg, null(at));
  }
  return success();
}

LogicalResult Importer::emitBlock(int bi, State state) {
  BlockInfo &block = blocks[bi];
  int ctxLoop = block.loop;
  b.setInsertionPointToEnd(block.mb);
  lastJump = nullptr;
  pendingKwNames = -1;
  state.bound = boundIn[bi];
  state.mayBeBound = mayBeBoundIn[bi];
  for (int i = block.first; i <= block.last; ++i)
    if (failed(emitInstr(instrs[i], state, bi)))
      return failure();

  const Instr &last = instrs[block.last];
  Location at = instrLoc(last);
  if (last.exits || last.suspends)
    return success(); // the uop ended the block
  auto stateAfter = state.all();
  if (!last.jumps)
    return branchTo(ctxLoop, blockOf(last.next), stateAfter, at);
  int target = blockOf(last.target);
  if (last.unconditional)
    return branchTo(ctxLoop, target, stateAfter, at);

  // A conditional jump: its last uop produced `taken`; the stack on the
  // taken path follows the uop's taken outputs.
  const MacroStep &jumpStep = *llvm::find_if(
      last.info->macro, [](const MacroStep &s) { return uopInfo(s.uop).isJump(); });
  const UopInfo &ju = uopInfo(jumpStep.uop);
  Operation *jumpOp = lastJump;
  if (!jumpOp)
    return error(last, "is a conditional jump without a jump uop");
  Value taken = jumpOp->getResults().back();
  State takenState = state;
  if (ju.hasTakenOutputs) {
    // Rebuild the stack as the uop leaves it when it jumps.
    int outSlots = 0;
    for (const StackItem &item : ju.outputs)
      outSlots += item.slots(last.oparg);
    llvm::SmallVector<Value> outs(state.stack.end() - outSlots, state.stack.end());
    takenState.stack.resize(state.stack.size() - outSlots);
    ValueRange inputs = uop::getUopInputs(jumpOp);
    for (const StackItem &item : ju.takenOutputs) {
      int slot = 0;
      bool found = false;
      for (const StackItem &src : item.passThrough ? ju.inputs : ju.outputs) {
        if (llvm::StringRef(src.name) == item.name) {
          found = true;
          break;
        }
        slot += src.slots(last.oparg);
      }
      if (!found)
        return error(last, "taken-path output not found in the catalog");
      takenState.stack.push_back(item.passThrough ? inputs[slot] : outs[slot]);
    }
  }
  llvm::SmallVector<Value> takenOps, fallOps;
  Block *takenDest = edgeBlock(ctxLoop, target, takenState.all(), at, takenOps);
  Block *fallDest = edgeBlock(ctxLoop, blockOf(last.next), stateAfter, at, fallOps);
  if (!takenDest || !fallDest)
    return failure();
  b.setInsertionPointToEnd(block.mb);
  cf::CondBranchOp::create(b, at, taken, takenDest, takenOps, fallDest, fallOps);
  return success();
}

/// What the type passes may assume of a co_consts entry: its exact type
/// (constants are always exact instances of builtin types), and its value
/// when it is a bool, an int that fits 64 bits, a float, a short str or None.
uop::ObjectType Importer::constFacts(const SnapshotConst &c) {
  Attribute value;
  if (c.boolValue)
    value = b.getBoolAttr(*c.boolValue);
  else if (c.intValue)
    value = b.getI64IntegerAttr(*c.intValue);
  else if (c.floatValue)
    value = b.getF64FloatAttr(*c.floatValue);
  else if (c.strValue && c.strValue->size() <= 64) // no docstrings in the IR
    value = b.getStringAttr(*c.strValue);
  else if (c.type == "NoneType")
    value = b.getUnitAttr();
  return uop::ObjectType::get(ctx, false, b.getStringAttr(c.type), std::nullopt, value);
}

LogicalResult Importer::emit() {
  int n = numLocals();
  b.setInsertionPointToEnd(module.getBody());
  OperationState st(loc, uop::FuncOp::getOperationName());
  std::string symbol = snap.qualname;
  st.addAttribute(SymbolTable::getSymbolAttrName(), b.getStringAttr(symbol));
  st.addAttribute("qualname", b.getStringAttr(snap.qualname));
  st.addAttribute("filename", b.getStringAttr(snap.filename));
  st.addAttribute("firstlineno", b.getI64IntegerAttr(snap.firstlineno));
  st.addAttribute("co_flags", b.getI64IntegerAttr(snap.flags));
  st.addAttribute("argcount", b.getI64IntegerAttr(snap.argcount));
  st.addAttribute("nlocals", b.getI64IntegerAttr(snap.nlocals));
  st.addAttribute("ncells", b.getI64IntegerAttr(snap.numLocalsPlus() - snap.nlocals -
                                                 (int)snap.freevars.size()));
  st.addAttribute("nfrees", b.getI64IntegerAttr(snap.freevars.size()));
  st.addAttribute("code_size", b.getI64IntegerAttr(snap.codeSize));
  llvm::SmallVector<llvm::StringRef> names(snap.localsplus.begin(), snap.localsplus.end());
  st.addAttribute("names", b.getStrArrayAttr(names));
  llvm::SmallVector<Attribute> consts;
  for (const SnapshotConst &c : snap.consts)
    consts.push_back(TypeAttr::get(constFacts(c)));
  st.addAttribute("consts", b.getArrayAttr(consts));
  if (!snap.observedArgTypes.empty()) {
    llvm::SmallVector<llvm::StringRef> observed(snap.observedArgTypes.begin(),
                                                snap.observedArgTypes.end());
    st.addAttribute("observed_arg_types", b.getStrArrayAttr(observed));
  }
  st.addRegion();
  func = cast<uop::FuncOp>(b.create(st));
  Block *funcEntry = new Block();
  func.getBody().push_back(funcEntry);
  for (int i = 0; i < n; ++i)
    funcEntry->addArgument(objectType, loc);

  // Blocks: one per reachable bytecode block; a loop's header is its
  // region's entry, and the loop itself sits in an entry block outside.
  for (int bi : rpo) {
    BlockInfo &block = blocks[bi];
    int args = block.resume ? 0 : n + block.depth;
    bool header = false;
    for (int l = block.loop; l >= 0; l = loops[l].parent)
      if (loops[l].header == bi) {
        loops[l].entry = newBlock(loops[l].parent, args);
        header = true;
        break;
      }
    // One incoming edge, from a block before it in reverse post-order (the
    // first block is entered from the function's entry instead).
    bool onePred = !block.resume && !header && bi != rpo[0] && block.preds.size() == 1;
    block.mb = newBlock(block.loop, onePred ? 0 : args);
    if (onePred)
      stateFromPred[block.mb];
  }

  // The entry: straight into the first block, or into a generator region
  // that starts by receiving the first value sent in.
  Location entryLoc = instrLoc(instrs[entryInstr]);
  b.setInsertionPointToEnd(funcEntry);
  llvm::SmallVector<Value> initial(funcEntry->getArguments());
  if (generator) {
    int kind = snap.flags;
    llvm::StringRef kindName = (kind & Snapshot::kAsyncGenerator) ? "async_generator"
                               : (kind & Snapshot::kCoroutine)    ? "coroutine"
                                                                  : "generator";
    auto gen = uop::GeneratorOp::create(b, entryLoc, b.getStringAttr(kindName));
    topRegion = &gen.getBody();
    Block *genEntry = new Block();
    topRegion->push_back(genEntry);
    b.setInsertionPointToEnd(genEntry);
    initial.push_back(uop::ResumeOp::create(b, entryLoc, objectType, regionStart).getSent());
  } else {
    topRegion = &func.getBody();
  }
  // A new frame holds the arguments; every other slot is NULL until the
  // code stores into it (a generator's region starts after MAKE_CELL and
  // COPY_FREE_VARS have run, so its cells and free slots are set).
  {
    Value nullValue;
    for (int i = snap.numParams(); i < n; ++i) {
      if (generator && i >= snap.nlocals)
        continue;
      if (!nullValue)
        nullValue = null(entryLoc);
      initial[i] = nullValue;
    }
  }
  Block *firstTarget = blocks[rpo[0]].loop >= 0 ? loops[blocks[rpo[0]].loop].entry
                                                : blocks[rpo[0]].mb;
  cf::BranchOp::create(b, entryLoc, firstTarget, initial);

  for (int bi : rpo) {
    BlockInfo &block = blocks[bi];
    for (int l = block.loop; l >= 0; l = loops[l].parent)
      if (loops[l].header == bi) {
        emitLoopEntry(l);
        break;
      }
    State state;
    if (block.resume) {
      auto it = resumeState.find(bi);
      if (it == resumeState.end())
        return error(instrs[block.first], "resumes after a YIELD_VALUE that was not translated");
      state = it->second;
      b.setInsertionPointToEnd(block.mb);
      Location resumeLoc = instrLoc(instrs[block.first]);
      int offset = instrs[block.first].start;
      Value sent = uop::ResumeOp::create(b, resumeLoc, objectType, offset).getSent();
      // Every slot is read again: the interpreter may have run the frame
      // since it suspended here (after a throw() or a deopt) through an
      // exception handler, which is not imported, and changed its locals
      // and stack before suspending at this same point. What the passes
      // knew at the yield (a constant, a type) need not hold.
      for (int i = 0; i < n; ++i)
        state.locals[i] = uop::ReloadOp::create(b, resumeLoc, objectType, i, offset);
      for (size_t d = 0; d < state.stack.size(); ++d)
        state.stack[d] = uop::ReloadOp::create(b, resumeLoc, objectType, n + (int)d, offset);
      state.stack.push_back(sent);
    } else {
      auto it = stateFromPred.find(block.mb);
      ValueRange args = it == stateFromPred.end() ? ValueRange(block.mb->getArguments())
                                                  : ValueRange(it->second);
      if ((int)args.size() != n + block.depth)
        return error(instrs[block.first], "starts before the edge into it was translated");
      state.locals.assign(args.begin(), args.begin() + n);
      state.stack.assign(args.begin() + n, args.end());
    }
    if (failed(emitBlock(bi, std::move(state))))
      return failure();
  }

  // Put every block into its region.
  for (Block *block : topBlocks)
    topRegion->push_back(block);
  for (LoopInfo &loop : loops) {
    Region &body = loop.op.getBody();
    body.push_back(blocks[loop.header].mb);
    for (Block *block : loop.blocks)
      if (block != blocks[loop.header].mb)
        body.push_back(block);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Trivial block arguments: every predecessor passes the same value.
//===----------------------------------------------------------------------===//

bool Importer::removeTrivialBlockArguments() {
  bool any = false;
  for (bool changed = true; changed; any |= changed) {
    changed = false;
    func.walk([&](Block *block) {
      if (block->getNumArguments() == 0 ||
          (block->isEntryBlock() && !isa<uop::LoopOp>(block->getParentOp())))
        return;
      // The values flowing into each argument, and where they come from.
      struct Incoming {
        MutableOperandRange operands;
      };
      llvm::SmallVector<Incoming> incoming;
      if (block->isEntryBlock()) { // a loop header
        auto loop = cast<uop::LoopOp>(block->getParentOp());
        incoming.push_back({loop.getInitsMutable()});
        loop.getBody().walk([&](uop::ContinueOp c) {
          if (c->getParentOp() == loop)
            incoming.push_back({c.getValuesMutable()});
        });
      } else {
        for (auto it = block->pred_begin(); it != block->pred_end(); ++it) {
          auto branch = dyn_cast<BranchOpInterface>((*it)->getTerminator());
          if (!branch)
            return; // e.g. yield_value's resume block: no arguments anyway
          incoming.push_back(
              {branch.getSuccessorOperands(it.getSuccessorIndex()).getMutableForwardedOperands()});
        }
      }
      // Arguments go all at once at the end: erasing operands one by one
      // rewrites each branch's operand segment sizes every time.
      llvm::BitVector drop(block->getNumArguments());
      for (int i = block->getNumArguments() - 1; i >= 0; --i) {
        BlockArgument arg = block->getArgument(i);
        Value same;
        bool trivial = true;
        for (Incoming &in : incoming) {
          Value v = in.operands[i].get();
          if (v == arg || v == same)
            continue;
          if (same) {
            trivial = false;
            break;
          }
          same = v;
        }
        if (!trivial || !same)
          continue;
        arg.replaceAllUsesWith(same);
        drop.set(i);
      }
      if (drop.none())
        return;
      for (Incoming &in : incoming) {
        llvm::SmallVector<Value> kept;
        for (unsigned i = 0; i < drop.size(); ++i)
          if (!drop.test(i))
            kept.push_back(in.operands[i].get());
        in.operands.assign(kept);
      }
      block->eraseArguments(drop);
      changed = true;
    });
  }
  return any;
}

/// A loop result that every uop.break sets to the same value from outside
/// the loop is that value: its uses read it directly.
bool Importer::forwardInvariantLoopResults() {
  bool changed = false;
  func.walk([&](uop::LoopOp loop) {
    llvm::SmallVector<uop::BreakOp> breaks;
    loop.getBody().walk([&](uop::BreakOp br) {
      if (br->getParentOp() == loop)
        breaks.push_back(br);
    });
    if (breaks.empty())
      return;
    for (unsigned i = 0; i < loop.getNumResults(); ++i) {
      Value same = breaks.front().getValues()[i];
      if (llvm::any_of(breaks, [&](uop::BreakOp br) { return br.getValues()[i] != same; }))
        continue;
      if (same.getParentRegion()->isAncestor(&loop.getBody()) &&
          same.getParentRegion() != &loop.getBody() && !loop.getResult(i).use_empty()) {
        loop.getResult(i).replaceAllUsesWith(same);
        changed = true;
      }
    }
  });
  return changed;
}

/// A block whose only predecessor branches only to it joins that block.
void Importer::mergeStraightLineBlocks() {
  for (bool changed = true; changed;) {
    changed = false;
    func.walk([&](Block *block) {
      if (changed || block->isEntryBlock() || !block->getSinglePredecessor())
        return;
      Block *pred = block->getSinglePredecessor();
      auto br = dyn_cast<cf::BranchOp>(pred->getTerminator());
      if (!br || br.getDest() != block)
        return;
      for (auto [arg, value] : llvm::zip(block->getArguments(), br.getDestOperands()))
        arg.replaceAllUsesWith(value);
      br->erase();
      pred->getOperations().splice(pred->end(), block->getOperations());
      block->dropAllUses();
      block->erase();
      changed = true;
    });
  }
}

LogicalResult Importer::run() {
  if (failed(decode()) || failed(buildBlocks()) || failed(computeDepths()) ||
      failed(findLoops()))
    return failure();
  boundIn = solveBound(/*must=*/true);
  mayBeBoundIn = solveBound(/*must=*/false);
  if (failed(emit())) {
    func->erase();
    return failure();
  }
  // Each can expose more of the other: a forwarded loop result makes a
  // header argument trivial, a removed argument makes a result invariant.
  for (bool changed = true; changed;) {
    bool removed = removeTrivialBlockArguments();
    bool forwarded = forwardInvariantLoopResults();
    changed = removed || forwarded;
  }
  mergeStraightLineBlocks();
  // NULLs made for slots that were overwritten before any use.
  func.walk([](uop::NullOp null) {
    if (null->use_empty())
      null->erase();
  });
  return success();
}

LogicalResult uopjit::importSnapshot(const Snapshot &snapshot, ModuleOp module,
                                     Location loc, SourceLocations locations) {
  if (snapshot.instrs.empty())
    return emitError(loc) << snapshot.qualname << ": a code object without instructions";
  return Importer(snapshot, module, loc, locations).run();
}

void uopjit::registerImportDialects(DialectRegistry &registry) {
  registry.insert<uop::UopDialect, cf::ControlFlowDialect, arith::ArithDialect>();
}
