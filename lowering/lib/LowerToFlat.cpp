//===- LowerToFlat.cpp - the uop dialect -> a flat uop program ------------===//
//
// Four steps, each small enough to check by eye:
//
//  1. Flatten. Every SSA value gets a register; every block, loop header and
//     loop exit becomes a basic block of uops; every CFG edge gets its own
//     small block holding a parallel copy of the block arguments, so there
//     is a place for work that belongs to exactly one edge. Before a uop
//     with a frame state every local is stored (SYNC_LOCAL): locals live in
//     the frame wherever Python code or the interpreter can look at them.
//     (A store that repeats one earlier in the same block is not made.)
//     A generator's uop.resume becomes an entry that takes the locals and
//     stack of its frame state from the frame.
//  2. Stores the frame does not need. A forward dataflow finds which
//     registers hold each slot's object at each point and drops every
//     SYNC_LOCAL of a slot that already holds it. Then copy coalescing: a
//     block argument and a value passed to it share one register when
//     their live ranges do not overlap, so that edge's copy has nothing to
//     do (a loop variable updated in place needs no move at the back edge).
//  3. Reference counts. A backward liveness analysis over the blocks finds
//     each value's last use; a DECREF follows it (or starts the edge block
//     where a value stops being live). Parallel copies become MOVE_REF when
//     the source dies there and COPY_REF (an incref) when it stays live.
//     A read from a list, tuple or object (`xs[i]`, `self.x`) whose result
//     is used only by uops that run no Python code and then released
//     borrows its container's reference instead (no incref, no DECREF).
//     An attribute store whose value dies there moves the value's
//     reference into the slot.
//     A version guard (globals, builtins, an object's type or inline
//     values) that repeats one earlier in its block, with only uops that
//     run no code between, goes.
//  4. Layout. Blocks are laid out in traces that follow jumps (so most
//     jumps disappear), blocks that only jump are removed, registers are
//     renumbered objects first.
//
// Sound because: uop bodies borrow their inputs and return new references,
// so a register owns exactly one reference from its definition to its last
// use on every path; exits (deopt, error) release whatever is still owned by
// sweeping the object registers, which DECREF and MOVE_REF leave NULL.
//
// Values --uop-remove-refcounts marked borrowed (constants, arguments the
// frame keeps) get registers that own nothing: no incref where they are
// made, no DECREF, a COPY_REF where they flow into a block argument or into
// a uop that takes its input's reference.
//
// Not done here: anything an optimizer would do (unboxing), and register
// reuse beyond the copies: two unrelated values never share a register.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Lowering/LowerToFlat.h"
#include "uopjit/Dialect/Uop/Uop.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;

namespace uopjit {
namespace {

constexpr UopKind kSyncLocal = UopKind::SYNC_LOCAL;
/// A store of a local: an object, or one held unboxed (boxed by the store).
bool isSync(UopKind kind) {
  return kind == kSyncLocal || kind == UopKind::SYNC_LOCAL_F64 ||
         kind == UopKind::SYNC_LOCAL_F64_OR_NULL || kind == UopKind::SYNC_LOCAL_I64;
}

/// Whether the f64 `v` may hold UOPJIT_UNBOUND_F64_BITS (a local that may still
/// be unbound): UNBOUND_F64's result, or a loop argument that starts as
/// one (--uop-unbox's float loop variables that start unbound). Its stores
/// and exits then store NULL for it.
bool mayBeUnbound(Value v) {
  while (true) {
    if (Operation *def = v.getDefiningOp())
      return isa<uop::UnboundF64Op>(def);
    auto arg = cast<BlockArgument>(v);
    auto loop = dyn_cast_or_null<uop::LoopOp>(arg.getOwner()->getParentOp());
    if (!loop || arg.getOwner() != &loop.getBody().front())
      return false;
    v = loop.getInits()[arg.getArgNumber()];
  }
}

/// One uop of a block being built; registers are provisional numbers.
struct VInst {
  UopKind kind;
  llvm::SmallVector<int, 4> ins, outs;
  llvm::SmallVector<int64_t, 4> imms;
  int target = -1; ///< block index (JUMP, BRANCH_IF, BRANCH_IF_EQ)
  int exit = -1;
  int line = 0;
  bool parallelCopy = false; ///< ins[i] -> outs[i], expanded in step 2
  /// Bit i: input i's value is known to be an exact float, int, str or
  /// bool, whose release runs no Python code (releasesOnlyLeaf).
  uint32_t leafIns = 0;

  VInst() = default;
  VInst(const VInst &) = default;
  VInst &operator=(const VInst &) = default;
  // noexcept, so a growing std::vector moves its VInsts instead of copying
  // them (SmallVector's moves are not declared noexcept).
  VInst(VInst &&) noexcept = default;
  VInst &operator=(VInst &&) noexcept = default;
};

/// An object of an exact type whose deallocation runs no Python code (no
/// __del__, no references to other objects to release).
bool isLeafObject(Type type) {
  return uop::isExactly(type, "float") || uop::isExactly(type, "int") ||
         uop::isExactly(type, "str") || uop::isExactly(type, "bool");
}

/// What a (non-copy) uop does to the frame's slots, for the dataflows that
/// track which register holds each slot's object: afterwards slots `first`,
/// `first + 1`, ... hold the objects of `regs` (a store: SYNC_LOCAL*,
/// STORE_FAST; a load from the frame: LOAD_FAST_ENTRY/BORROWED; the cells
/// COPY_FREE_VARS stores into the last `numSlots`), or it writes slots
/// itself and leaves them as it likes, or it touches none (its outputs are
/// then just registers that hold other objects now).
struct SlotEffect {
  enum Kind { None, Holds, Clobbers } kind = None;
  int first = -1;
  llvm::ArrayRef<int> regs;
};
SlotEffect slotEffect(const VInst &inst, size_t numSlots) {
  if (isSync(inst.kind) || inst.kind == UopKind::STORE_FAST)
    return {SlotEffect::Holds, (int)inst.imms[0], llvm::ArrayRef(inst.ins).take_front()};
  if (inst.kind == UopKind::LOAD_FAST_ENTRY || inst.kind == UopKind::LOAD_FAST_BORROWED)
    return {SlotEffect::Holds, (int)inst.imms[0], llvm::ArrayRef(inst.outs).take_front()};
  if (inst.kind == UopKind::COPY_FREE_VARS || inst.kind == UopKind::COPY_FREE_VARS_BORROWED)
    return {SlotEffect::Holds, (int)(numSlots - inst.outs.size()), inst.outs};
  const UopInfo &info = uopInfo(inst.kind);
  bool writesSlots = info.has(LocalWr);
  for (const StackItem &out : info.outputs)
    writesSlots |= out.kind == StackItem::ToLocal || out.kind == StackItem::ToFreeVars;
  return {writesSlots ? SlotEffect::Clobbers : SlotEffect::None, -1, {}};
}

/// For each frame slot, the registers known to hold the slot's object.
using RegSet = llvm::SmallVector<int, 2>;
using FrameKnowledge = std::vector<RegSet>;

struct VBlock {
  std::vector<VInst> insts;
  llvm::SmallVector<int, 2> preds;
};

struct ExitPoint {
  int offset;
  llvm::SmallVector<int> stack;
  /// Per stack entry: the type of an unboxed f64 or i64 register, boxed on
  /// the way out; null for an object.
  llvm::SmallVector<Type> unboxed;
  /// The locals held unboxed: (slot, register, type, whether it may be
  /// unbound); the exit stores them.
  llvm::SmallVector<std::tuple<int, int, Type, bool>> locals;
  /// Calls `f` on every register the exit reads (no copy: the dataflows
  /// call it per uop and iteration).
  template <typename F> void forEachReg(F f) const {
    for (int r : stack)
      f(r);
    for (auto &[slot, r, type, unbound] : locals)
      f(r);
  }
};

class Lowering {
public:
  Lowering(uop::FuncOp func, bool requireBodies) : func(func), requireBodies(requireBodies) {}
  FailureOr<FlatProgram> run();

private:
  // Step 1.
  /// Lowers the blocks of `region` (the function's body, a loop's, a
  /// generator's), its entry block into `entryBlock`.
  LogicalResult lowerRegion(Region &region, int entryBlock);
  LogicalResult lowerOp(Operation *op);
  int newBlock() {
    blocks.emplace_back();
    return blocks.size() - 1;
  }
  int blockOf(Block *block) {
    auto [it, inserted] = blockIndex.try_emplace(block, 0);
    if (inserted)
      it->second = newBlock();
    return it->second;
  }
  int reg(Value value) {
    auto [it, inserted] = regOf.try_emplace(value, 0);
    if (inserted) {
      it->second = isObject.size();
      bool borrowed = isBorrowedValue(value);
      isObject.push_back(isa<uop::ObjectType>(value.getType()) && !borrowed);
      isBorrowed.push_back(borrowed);
    }
    return it->second;
  }
  int newObjectReg() {
    isObject.push_back(true);
    isBorrowed.push_back(false);
    return isObject.size() - 1;
  }
  /// A value --uop-remove-refcounts marked: its register owns no reference.
  bool isBorrowedValue(Value value) {
    if (isGenerator)
      return false;
    if (auto arg = dyn_cast<BlockArgument>(value))
      return arg.getOwner() == &func.getBody().front() &&
             llvm::is_contained(borrowedArgs, (int64_t)arg.getArgNumber());
    Operation *def = value.getDefiningOp();
    return def && isa<uop::LoadConstOp, uop::CopyFreeVarsOp>(def) && def->hasAttr("borrowed");
  }
  /// The source line of a uop's location: the importer's are a NameLoc
  /// around a FileLineColLoc, read directly (a generic walk of the
  /// location, findInstanceOf, cost 10% of compiling bench/async_tasks).
  static unsigned lineOf(Location loc) {
    if (auto name = dyn_cast<NameLoc>(loc))
      loc = name.getChildLoc();
    if (auto fileLine = dyn_cast<FileLineColLoc>(loc))
      return fileLine.getLine();
    auto found = loc->findInstanceOf<FileLineColLoc>();
    return found ? found.getLine() : 0;
  }
  VInst &emit(UopKind kind, Operation *at = nullptr) {
    VInst &inst = blocks[cur].insts.emplace_back();
    inst.kind = kind;
    if (at)
      inst.line = lineOf(at->getLoc());
    return inst;
  }
  void jump(int target) { emit(UopKind::JUMP).target = target; }
  /// A block for the edge to `target` passing `args` to `params`.
  int edge(int target, ValueRange args, llvm::ArrayRef<int> params);
  int exitOf(uop::FrameStateOp state);
  LogicalResult lowerResume(uop::ResumeOp resume);
  void syncLocals(uop::FrameStateOp state, Operation *at, int exit);
  /// The syncs already made in the current block: per slot, the register
  /// whose object the frame's slot holds (-1: not known), up to
  /// `syncedUpTo` of block `syncedBlock`'s uops. syncLocals makes no sync
  /// that repeats one: most uops of a block have frame states naming the
  /// same locals, and making each sync for removeRedundantSyncs to drop
  /// was a tenth of a lowering.
  std::vector<int> syncedReg;
  int syncedBlock = -1;
  size_t syncedUpTo = 0;
  void noteSlotWrites(const VInst &inst);

  // Step 2.
  void removeRedundantSyncs(const std::vector<int> &entryKnown);
  llvm::BitVector slotRegs; ///< registers a FrameKnowledge may hold
  FrameKnowledge syncTransfer(const VInst &inst, FrameKnowledge state);
  void coalesceCopies(const llvm::BitVector &fixed);
  // Step 3.
  void computeLiveness();
  void insertRefcounts();
  void expandParallelCopy(const VInst &copy, const llvm::BitVector &liveAfter,
                          std::vector<VInst> &out);
  void borrowShortReads();
  void moveIntoStores();
  // Step 4.
  void removeRepeatedVersionGuards();
  FlatProgram layout();

  uop::FuncOp func;
  bool requireBodies;
  llvm::DenseMap<Value, int> regOf;
  /// Per register: it owns a reference (swept at exits, DECREF after its
  /// last use), or borrows one (isBorrowed), or holds a raw value.
  std::vector<bool> isObject, isBorrowed;
  llvm::SmallVector<int64_t> borrowedArgs;
  std::vector<VBlock> blocks;
  llvm::DenseMap<Block *, int> blockIndex;
  llvm::DenseMap<Operation *, int> exitIndex;
  std::vector<ExitPoint> exits;
  struct Loop {
    int header, after;
    llvm::SmallVector<int> params, results;
  };
  llvm::DenseMap<Operation *, Loop> loops;
  /// Resume points: (bytecode offset, block).
  std::vector<std::pair<int, int>> resumes;
  bool isGenerator = false;
  int cur = 0;
  std::vector<llvm::BitVector> liveIn, liveOut;
};

int Lowering::edge(int target, ValueRange args, llvm::ArrayRef<int> params) {
  int saved = cur;
  cur = newBlock();
  int block = cur;
  if (!args.empty()) {
    VInst &copy = emit(UopKind::MOVE_REF);
    copy.parallelCopy = true;
    for (auto [arg, param] : llvm::zip(args, params)) {
      copy.ins.push_back(reg(arg));
      copy.outs.push_back(param);
    }
  }
  jump(target);
  cur = saved;
  return block;
}

int Lowering::exitOf(uop::FrameStateOp state) {
  auto [it, inserted] = exitIndex.try_emplace(state, exits.size());
  if (inserted) {
    ExitPoint exit{(int)state.getOffset(), {}, {}, {}};
    for (Value v : state.getStack()) {
      exit.stack.push_back(reg(v));
      exit.unboxed.push_back(isa<uop::ObjectType>(v.getType()) ? Type() : v.getType());
    }
    for (auto [slot, v] : llvm::enumerate(state.getLocals()))
      if (!isa<uop::ObjectType>(v.getType()))
        exit.locals.push_back({(int)slot, reg(v), v.getType(), mayBeUnbound(v)});
    exits.push_back(std::move(exit));
  }
  return it->second;
}

/// Every local, before a uop with a frame state; removeRedundantSyncs then
/// keeps only the stores of slots whose object changed. A local held
/// unboxed is boxed and stored only before a uop that lets Python code see
/// the frame: one that may run code (other than a __del__, as for object
/// locals), reads a slot itself, or leaves by raising or yielding. Before
/// the others, the exit stores it (exitOf). JUMP_BACKWARD escapes only by
/// deoptimizing for the eval breaker, which the interpreter handles after
/// the exit stored the locals. A return stores none: the frame dies with
/// it.
/// What `inst` does to the frame's slots, for syncLocals: syncTransfer's
/// rules (slotEffect), on one block.
void Lowering::noteSlotWrites(const VInst &inst) {
  SlotEffect effect = slotEffect(inst, syncedReg.size());
  if (effect.kind == SlotEffect::Holds) {
    for (auto [i, r] : llvm::enumerate(effect.regs))
      syncedReg[effect.first + i] = r;
    return;
  }
  for (int &r : syncedReg)
    if (effect.kind == SlotEffect::Clobbers || llvm::is_contained(inst.outs, r))
      r = -1;
}

void Lowering::syncLocals(uop::FrameStateOp state, Operation *at, int exit) {
  if (syncedBlock != cur) {
    syncedReg.assign(state.getLocals().size(), -1);
    syncedBlock = cur;
    syncedUpTo = 0;
  }
  for (const auto &insts = blocks[cur].insts; syncedUpTo < insts.size(); ++syncedUpTo)
    noteSlotWrites(insts[syncedUpTo]);
  const UopInfo *info = uop::getUopInfo(at);
  bool returns = info && info->kind == UopKind::RETURN_VALUE;
  bool runsCode = info && info->has(Escapes) && !info->has(DelOnly) &&
                  info->kind != UopKind::JUMP_BACKWARD;
  bool seen = !info || runsCode || info->has(LocalRd) || info->has(Suspend) ||
              info->has(UopFlag::Exit);
  for (auto [slot, value] : llvm::enumerate(state.getLocals())) {
    Type type = value.getType();
    bool unboxed = !isa<uop::ObjectType>(type);
    if (unboxed && (returns || !seen))
      continue;
    int r = reg(value);
    if (syncedReg[slot] == r)
      continue;
    VInst &sync = emit(!unboxed         ? kSyncLocal
                       : !type.isF64()   ? UopKind::SYNC_LOCAL_I64
                       : mayBeUnbound(value) ? UopKind::SYNC_LOCAL_F64_OR_NULL
                                         : UopKind::SYNC_LOCAL_F64,
                       at);
    sync.ins.push_back(r);
    sync.imms.push_back(slot);
    if (unboxed)
      sync.exit = exit; // MemoryError while boxing
    syncedReg[slot] = r;
  }
  syncedUpTo = blocks[cur].insts.size();
}

/// A generator resumes in a new activation: the block starts by taking
/// every value the interpreter would hold at the resume point from the frame
/// (its locals and its stack, the sent value on top).
LogicalResult Lowering::lowerResume(uop::ResumeOp resume) {
  if (&resume->getBlock()->front() != resume.getOperation())
    return resume->emitError("uop.resume must start its block");
  uop::FrameStateOp state;
  for (Operation &op : *resume->getBlock())
    if (auto fs = dyn_cast<uop::FrameStateOp>(op); fs && fs.getOffset() == resume.getOffset()) {
      state = fs;
      break;
    }
  if (!state)
    return resume->emitError("no frame state at the resume point ") << resume.getOffset();
  for (Value local : state.getLocals())
    if (!isa<uop::ObjectType>(local.getType()))
      return resume->emitError("a local held unboxed at the resume point ") << resume.getOffset();
  resumes.push_back({(int)resume.getOffset(), cur});
  llvm::DenseSet<Value> loaded;
  for (auto [slot, value] : llvm::enumerate(state.getLocals())) {
    if (value.getDefiningOp<uop::NullOp>() || !loaded.insert(value).second)
      continue;
    VInst &load = emit(UopKind::LOAD_FAST_ENTRY, resume);
    load.outs.push_back(reg(value));
    load.imms.push_back(slot);
  }
  for (auto [depth, value] : llvm::enumerate(state.getStack())) {
    VInst &load = emit(UopKind::LOAD_STACK_ENTRY, resume);
    // A value on the stack twice: the second reference is released.
    load.outs.push_back(loaded.insert(value).second ? reg(value) : newObjectReg());
    load.imms.push_back(depth);
  }
  emit(UopKind::STACK_ENTERED, resume);
  // The block's uop.reload values have their registers from the loads
  // above; one the frame state no longer holds would have none.
  for (Operation *op = resume->getNextNode(); op && isa<uop::ReloadOp>(op); op = op->getNextNode())
    if (!op->use_empty() && !loaded.contains(op->getResult(0)))
      return op->emitError("a uop.reload that the frame state at the resume point ")
             << resume.getOffset() << " does not hold";
  return success();
}

LogicalResult Lowering::lowerRegion(Region &region, int entryBlock) {
  blockIndex[&region.front()] = entryBlock;
  for (Block &block : region) {
    cur = blockOf(&block);
    for (Operation &op : block)
      if (failed(lowerOp(&op)))
        return failure();
  }
  return success();
}

LogicalResult Lowering::lowerOp(Operation *op) {
  // A frame state is read by its users; NULL is an empty register; a cast
  // shares its operand's register (run() maps it).
  if (isa<uop::FrameStateOp, uop::NullOp, uop::CastOp>(op))
    return success();
  if (auto constant = dyn_cast<arith::ConstantIntOp>(op)) {
    VInst &load = emit(UopKind::LOAD_RAW, op);
    load.outs.push_back(reg(constant.getResult()));
    load.imms.push_back(constant.value());
    return success();
  }
  if (auto select = dyn_cast<arith::SelectOp>(op)) {
    bool object = isa<uop::ObjectType>(select.getType());
    VInst &inst = emit(object ? UopKind::SELECT_REF : UopKind::SELECT_RAW, op);
    for (Value in : op->getOperands())
      inst.ins.push_back(reg(in));
    inst.outs.push_back(reg(select.getResult()));
    return success();
  }
  if (auto loop = dyn_cast<uop::LoopOp>(op)) {
    Loop info{newBlock(), newBlock(), {}, {}};
    Block &header = loop.getBody().front();
    for (BlockArgument arg : header.getArguments())
      info.params.push_back(reg(arg));
    for (Value result : loop.getResults())
      info.results.push_back(reg(result));
    jump(edge(info.header, loop.getInits(), info.params));
    loops[loop] = info;
    if (failed(lowerRegion(loop.getBody(), info.header)))
      return failure();
    cur = info.after;
    return success();
  }
  if (auto cont = dyn_cast<uop::ContinueOp>(op)) {
    const Loop &loop = loops[cont->getParentOp()];
    jump(edge(loop.header, cont.getValues(), loop.params));
    return success();
  }
  if (auto brk = dyn_cast<uop::BreakOp>(op)) {
    const Loop &loop = loops[brk->getParentOp()];
    jump(edge(loop.after, brk.getValues(), loop.results));
    return success();
  }
  auto params = [&](Block *dest) {
    llvm::SmallVector<int> regs;
    for (BlockArgument arg : dest->getArguments())
      regs.push_back(reg(arg));
    return regs;
  };
  if (auto br = dyn_cast<cf::BranchOp>(op)) {
    Block *dest = br.getDest();
    int target = blockOf(dest);
    jump(edge(target, br.getDestOperands(), params(dest)));
    return success();
  }
  if (auto br = dyn_cast<cf::CondBranchOp>(op)) {
    int t = edge(blockOf(br.getTrueDest()), br.getTrueDestOperands(), params(br.getTrueDest()));
    int f = edge(blockOf(br.getFalseDest()), br.getFalseDestOperands(),
                 params(br.getFalseDest()));
    VInst &branch = emit(UopKind::BRANCH_IF, op);
    branch.ins.push_back(reg(br.getCondition()));
    branch.target = t;
    jump(f);
    return success();
  }
  if (auto sw = dyn_cast<cf::SwitchOp>(op)) {
    int selector = reg(sw.getFlag());
    if (auto values = sw.getCaseValues()) {
      for (auto [i, value] : llvm::enumerate(values->getValues<APInt>())) {
        Block *dest = sw.getCaseDestinations()[i];
        int e = edge(blockOf(dest), sw.getCaseOperands(i), params(dest));
        VInst &branch = emit(UopKind::BRANCH_IF_EQ, op);
        branch.ins.push_back(selector);
        branch.imms.push_back(value.getSExtValue());
        branch.target = e;
      }
    }
    Block *dest = sw.getDefaultDestination();
    jump(edge(blockOf(dest), sw.getDefaultOperands(), params(dest)));
    return success();
  }
  if (isa<uop::UnreachableOp>(op)) {
    emit(UopKind::TRAP, op);
    return success();
  }
  if (auto gen = dyn_cast<uop::GeneratorOp>(op))
    return lowerRegion(gen.getBody(), newBlock());
  if (auto resume = dyn_cast<uop::ResumeOp>(op))
    return lowerResume(resume);
  if (isa<uop::ReloadOp>(op))
    return success(); // loaded by lowerResume

  const UopInfo *info = uop::getUopInfo(op);
  if (!info)
    return op->emitError("cannot lower '") << op->getName() << "': not a uop";
  if (requireBodies && !*info->cBody)
    return op->emitError("uop ") << info->name << " has no C body yet";

  int exit = -1;
  if (Value state = uop::getUopFrameState(op)) {
    auto fs = state.getDefiningOp<uop::FrameStateOp>();
    exit = exitOf(fs);
    syncLocals(fs, op, exit);
  }
  auto inputs = uop::getUopInputs(op);
  if (inputs.size() > UOPJIT_MAX_ARRAY || op->getNumResults() > UOPJIT_MAX_ARRAY)
    return op->emitError("uop ") << info->name << " has more than " << UOPJIT_MAX_ARRAY
                                 << " operands or results";
  // A uop that may take its input's reference gets an owned copy of a
  // borrowed value.
  int ownedCopy = -1;
  if (info->has(TakesRef) && !inputs.empty() && isBorrowed[reg(inputs[0])]) {
    ownedCopy = newObjectReg();
    VInst &copy = emit(UopKind::COPY_REF, op);
    copy.ins.push_back(reg(inputs[0]));
    copy.outs.push_back(ownedCopy);
  }
  UopKind kind = info->kind;
  if (op->getNumResults() >= 1 && isBorrowed[reg(op->getResult(0))])
    kind = isa<uop::LoadConstOp>(op) ? UopKind::LOAD_CONST_BORROWED
                                     : UopKind::COPY_FREE_VARS_BORROWED;
  VInst &inst = emit(kind, op);
  inst.exit = exit;
  for (Value in : inputs) {
    if (inst.ins.size() < 32 && isLeafObject(in.getType()))
      inst.leafIns |= 1u << inst.ins.size();
    inst.ins.push_back(inst.ins.empty() && ownedCopy >= 0 ? ownedCopy : reg(in));
  }
  for (Value out : op->getResults())
    inst.outs.push_back(reg(out));
  for (ImmKind imm : info->imms) {
    auto attr = op->getAttrOfType<IntegerAttr>(immName(imm));
    if (!attr)
      return op->emitError("uop ") << info->name << " lacks immediate '" << immName(imm) << "'";
    inst.imms.push_back(attr.getValue().getSExtValue());
  }
  return success();
}

/// What the frame's slots hold after `inst`, given what they held before:
/// for each slot, the registers that hold the same object (none: unknown).
FrameKnowledge Lowering::syncTransfer(const VInst &inst, FrameKnowledge state) {
  auto forget = [&](llvm::ArrayRef<int> regs) {
    // Most uops write registers no slot is ever known to hold: nothing to
    // scan (the scan of every slot per uop was 12% of a compilation).
    if (llvm::none_of(regs, [&](int r) { return slotRegs.test(r); }))
      return;
    for (RegSet &set : state)
      llvm::erase_if(set, [&](int r) { return llvm::is_contained(regs, r); });
  };
  if (inst.parallelCopy) {
    // Each slot's registers looked up among the sources (a copy has one
    // per value live across an edge: scanning them all per slot was most
    // of a compilation's lowering).
    llvm::SmallDenseMap<int, llvm::SmallVector<int, 1>, 16> dstsOf;
    for (auto [src, dst] : llvm::zip(inst.ins, inst.outs))
      if (slotRegs.test(src))
        dstsOf[src].push_back(dst);
    if (dstsOf.empty()) {
      forget(inst.outs);
      return state;
    }
    FrameKnowledge before = state;
    forget(inst.outs);
    for (auto [slot, set] : llvm::enumerate(before))
      for (int src : set)
        if (auto it = dstsOf.find(src); it != dstsOf.end())
          for (int dst : it->second)
            if (!llvm::is_contained(state[slot], dst))
              state[slot].push_back(dst);
    return state;
  }
  SlotEffect effect = slotEffect(inst, state.size());
  if (effect.kind == SlotEffect::Holds) {
    for (auto [i, r] : llvm::enumerate(effect.regs))
      state[effect.first + i] = {r};
    return state;
  }
  if (effect.kind == SlotEffect::Clobbers)
    return FrameKnowledge(state.size());
  forget(inst.outs); // those registers now hold other objects
  return state;
}

/// A forward dataflow over the blocks: which registers hold the object of
/// each frame slot at each point. A SYNC_LOCAL of a slot that already holds
/// its register's object is dropped: a loop whose locals the frame already
/// has stores nothing.
void Lowering::removeRedundantSyncs(const std::vector<int> &entryKnown) {
  size_t n = blocks.size();
  // Every register a slot may be known to hold (syncTransfer puts only
  // these in a FrameKnowledge).
  slotRegs.clear();
  slotRegs.resize(isObject.size());
  for (int r : entryKnown)
    if (r >= 0)
      slotRegs.set(r);
  for (const VBlock &block : blocks)
    for (const VInst &inst : block.insts) {
      if (inst.parallelCopy)
        for (int r : inst.outs)
          slotRegs.set(r);
      else if (SlotEffect effect = slotEffect(inst, entryKnown.size());
               effect.kind == SlotEffect::Holds)
        for (int r : effect.regs)
          slotRegs.set(r);
    }
  std::vector<std::optional<FrameKnowledge>> in(n);
  FrameKnowledge entry(entryKnown.size());
  for (auto [slot, r] : llvm::enumerate(entryKnown))
    if (r >= 0)
      entry[slot] = {r};
  in[0] = entry;
  for (auto [offset, block] : resumes)
    in[block] = FrameKnowledge(entryKnown.size());
  auto merge = [&](int target, const FrameKnowledge &state) {
    if (!in[target]) {
      in[target] = state;
      return true;
    }
    bool changed = false;
    for (auto [mine, theirs] : llvm::zip(*in[target], state)) {
      size_t size = mine.size();
      llvm::erase_if(mine, [&](int r) { return !llvm::is_contained(theirs, r); });
      changed |= mine.size() != size;
    }
    return changed;
  };
  // A block is walked again only when what it starts with changed.
  llvm::BitVector dirty(n);
  for (size_t b = 0; b < n; ++b)
    dirty[b] = in[b].has_value();
  for (int b = dirty.find_first(); b >= 0; b = dirty.find_first()) {
    for (; b >= 0; b = dirty.find_next(b)) {
      dirty.reset(b);
      FrameKnowledge state = *in[b];
      for (const VInst &inst : blocks[b].insts) {
        if (inst.target >= 0 && merge(inst.target, state))
          dirty.set(inst.target);
        state = syncTransfer(inst, std::move(state));
      }
    }
  }
  for (size_t b = 0; b < n; ++b) {
    if (!in[b])
      continue;
    FrameKnowledge state = *in[b];
    std::vector<VInst> kept;
    kept.reserve(blocks[b].insts.size());
    for (VInst &inst : blocks[b].insts) {
      bool redundant = isSync(inst.kind) &&
                       llvm::is_contained(state[inst.imms[0]], inst.ins[0]);
      state = syncTransfer(inst, std::move(state));
      if (!redundant)
        kept.push_back(std::move(inst));
    }
    blocks[b].insts = std::move(kept);
  }
}

/// Merges each parallel copy's source and destination into one register
/// when they do not interfere, and renames the program to match. Two
/// registers interfere when one is defined where the other is live: after
/// the definition, or as an input or exit value of the defining uop (inputs
/// are released after the uop runs, so a uop's output cannot take an
/// input's register). A parallel copy's source dies into its destination,
/// so the pair does not interfere unless the source stays live. `fixed`
/// registers (never written, or borrowed) are not merged. Sound because
/// merged registers never hold two live values at once: the program reads
/// the same values at every point.
void Lowering::coalesceCopies(const llvm::BitVector &fixed) {
  size_t r = isObject.size();
  // Only registers of parallel copies can merge, so only their
  // interference matters (a straight-line function has none: no
  // liveness, no matrix).
  llvm::BitVector candidate(r);
  for (VBlock &block : blocks)
    for (VInst &inst : block.insts)
      if (inst.parallelCopy)
        for (auto [src, dst] : llvm::zip(inst.ins, inst.outs))
          if (src != dst && !fixed.test(src) && !fixed.test(dst)) {
            candidate.set(src);
            candidate.set(dst);
          }
  if (candidate.none())
    return;
  computeLiveness();
  std::vector<llvm::BitVector> interferes(r);
  for (int c : candidate.set_bits())
    interferes[c].resize(r);
  auto conflict = [&](int a, int b) {
    if (a != b) {
      interferes[a].set(b);
      interferes[b].set(a);
    }
  };
  llvm::BitVector liveCandidates(r);
  for (auto [b, block] : llvm::enumerate(blocks)) {
    llvm::BitVector live = liveOut[b];
    for (auto it = block.insts.rbegin(); it != block.insts.rend(); ++it) {
      llvm::SmallVector<int, 8> readHere(it->ins.begin(), it->ins.end());
      if (it->exit >= 0)
        exits[it->exit].forEachReg([&](int r) { readHere.push_back(r); });
      for (int d : it->outs) {
        if (!candidate.test(d))
          continue;
        liveCandidates = live;
        liveCandidates &= candidate;
        for (int x : liveCandidates.set_bits())
          conflict(d, x);
        if (!it->parallelCopy)
          for (int x : readHere)
            if (candidate.test(x))
              conflict(d, x);
      }
      for (int d : it->outs)
        live.reset(d);
      for (int u : readHere)
        live.set(u);
    }
  }
  std::vector<int> leader(r);
  for (size_t i = 0; i < r; ++i)
    leader[i] = i;
  auto find = [&](int x) {
    while (leader[x] != x)
      x = leader[x] = leader[leader[x]];
    return x;
  };
  bool merged = false;
  for (VBlock &block : blocks)
    for (VInst &inst : block.insts) {
      if (!inst.parallelCopy)
        continue;
      for (auto [src, dst] : llvm::zip(inst.ins, inst.outs)) {
        int a = find(src), d = find(dst);
        if (a == d || fixed.test(a) || fixed.test(d) || isObject[a] != isObject[d] ||
            interferes[a].test(d))
          continue;
        leader[d] = a;
        interferes[a] |= interferes[d];
        for (int x : interferes[d].set_bits())
          interferes[x].set(a);
        merged = true;
      }
    }
  if (!merged)
    return;
  auto rename = [&](auto &regs) {
    for (auto &x : regs)
      x = find(x);
  };
  for (VBlock &block : blocks)
    for (VInst &inst : block.insts) {
      rename(inst.ins);
      rename(inst.outs);
    }
  for (ExitPoint &exit : exits) {
    rename(exit.stack);
    for (auto &[slot, r, type, unbound] : exit.locals)
      r = find(r);
  }
  for (auto &entry : regOf)
    entry.second = find(entry.second);
}

void Lowering::computeLiveness() {
  size_t n = blocks.size(), r = isObject.size();
  liveIn.assign(n, llvm::BitVector(r));
  liveOut.assign(n, llvm::BitVector(r));
  for (VBlock &block : blocks)
    block.preds.clear();
  std::vector<llvm::SmallVector<int, 2>> succs(n);
  for (auto [b, block] : llvm::enumerate(blocks))
    for (const VInst &inst : block.insts)
      if (inst.target >= 0) {
        succs[b].push_back(inst.target);
        blocks[inst.target].preds.push_back(b);
      }
  // A block's effect in one step: live in = uses | (live out & ~defs),
  // with `uses` the registers it reads before writing them and `defs` all
  // it writes. Made once, so the fixpoint below is bit operations, not a
  // walk of every uop per round.
  std::vector<llvm::BitVector> uses(n, llvm::BitVector(r)), defs(n, llvm::BitVector(r));
  for (size_t b = 0; b < n; ++b)
    for (auto it = blocks[b].insts.rbegin(); it != blocks[b].insts.rend(); ++it) {
      for (int d : it->outs) {
        uses[b].reset(d);
        defs[b].set(d);
      }
      for (int u : it->ins)
        uses[b].set(u);
      if (it->exit >= 0)
        exits[it->exit].forEachReg([&](int u) { uses[b].set(u); });
    }
  // Backwards from the last block; a block is visited again only when a
  // successor's live-in set grew.
  llvm::BitVector dirty(n, true), live(r);
  for (int b = dirty.find_last(); b >= 0; b = dirty.find_last()) {
    for (; b >= 0; b = dirty.find_prev(b)) {
      dirty.reset(b);
      llvm::BitVector &out = liveOut[b];
      out.reset();
      for (int s : succs[b])
        out |= liveIn[s];
      live = out;
      live.reset(defs[b]);
      live |= uses[b];
      if (live != liveIn[b]) {
        std::swap(liveIn[b], live);
        for (int p : blocks[b].preds)
          dirty.set(p);
      }
    }
  }
}

void Lowering::expandParallelCopy(const VInst &copy, const llvm::BitVector &liveAfter,
                                  std::vector<VInst> &out) {
  // A source dies here when nothing after reads it, or when the copy
  // overwrites its register. Its last occurrence moves the reference; any
  // other occurrence copies it.
  llvm::SmallDenseSet<int> dsts(copy.outs.begin(), copy.outs.end());
  llvm::SmallDenseMap<int, int> remaining;
  for (int s : copy.ins)
    remaining[s]++;
  bool overlap = llvm::any_of(llvm::zip(copy.ins, copy.outs), [&](auto pair) {
    auto [s, d] = pair;
    return s != d && dsts.contains(s);
  });
  auto move = [&](UopKind kind, int from, int to) {
    VInst m;
    m.kind = kind;
    m.ins.push_back(from);
    m.outs.push_back(to);
    out.push_back(std::move(m));
  };
  llvm::SmallVector<std::pair<int, int>> staged;
  for (auto [s, d] : llvm::zip(copy.ins, copy.outs)) {
    bool last = --remaining[s] == 0;
    bool dies = last && (!liveAfter.test(s) || dsts.contains(s));
    if (!liveAfter.test(d)) {
      // Nothing reads the destination (a loop result no one uses): do not
      // copy; a source that dies here is released (also when coalescing
      // gave both one register).
      if (dies && isObject[s]) {
        VInst release;
        release.kind = UopKind::DECREF;
        release.ins.push_back(s);
        out.push_back(std::move(release));
      }
      continue;
    }
    if (isBorrowed[s]) {
      // The destination (a block argument) owns its reference: take one.
      int to = overlap ? newObjectReg() : d;
      move(UopKind::COPY_REF, s, to);
      if (overlap)
        staged.push_back({to, d});
      continue;
    }
    if (!isObject[s]) {
      if (s != d)
        move(UopKind::COPY_RAW, s, d);
      continue;
    }
    if (s == d && dies)
      continue; // the register already holds it
    int to = overlap ? newObjectReg() : d;
    move(dies ? UopKind::MOVE_REF : UopKind::COPY_REF, s, to);
    if (overlap)
      staged.push_back({to, d});
  }
  for (auto [from, to] : staged)
    move(UopKind::MOVE_REF, from, to);
}

void Lowering::insertRefcounts() {
  auto decref = [](int r) {
    VInst d;
    d.kind = UopKind::DECREF;
    d.ins.push_back(r);
    return d;
  };
  for (auto [b, block] : llvm::enumerate(blocks)) {
    llvm::BitVector live = liveOut[b];
    std::vector<VInst> reversed;
    reversed.reserve(2 * block.insts.size());
    for (auto it = block.insts.rbegin(); it != block.insts.rend(); ++it) {
      VInst &inst = *it;
      if (inst.parallelCopy) {
        std::vector<VInst> expanded;
        expandParallelCopy(inst, live, expanded);
        for (int d : inst.outs)
          live.reset(d);
        for (int s : inst.ins)
          live.set(s);
        reversed.insert(reversed.end(), std::make_move_iterator(expanded.rbegin()),
                        std::make_move_iterator(expanded.rend()));
        continue;
      }
      // Values whose last use or definition is this uop die after it; a
      // uop that leaves the function releases everything by itself.
      llvm::SmallVector<int> dying;
      bool leaves = uopInfo(inst.kind).has(UopFlag::Exit) || uopInfo(inst.kind).has(Suspend);
      for (int d : inst.outs)
        if (isObject[d] && !live.test(d) && !llvm::is_contained(dying, d))
          dying.push_back(d);
      for (int d : inst.outs)
        live.reset(d);
      auto use = [&](int u) {
        if (!live.test(u)) {
          if (isObject[u] && !llvm::is_contained(dying, u))
            dying.push_back(u);
          live.set(u);
        }
      };
      for (int u : inst.ins)
        use(u);
      if (inst.exit >= 0)
        exits[inst.exit].forEachReg(use);
      if (!leaves)
        for (int r : llvm::reverse(dying))
          reversed.push_back(decref(r));
      reversed.push_back(std::move(inst));
    }
    // What the only predecessor kept live for another successor dies here.
    if (block.preds.size() == 1) {
      llvm::BitVector dead = liveOut[block.preds[0]];
      dead.reset(liveIn[b]);
      for (int r : dead.set_bits())
        if (isObject[r])
          reversed.push_back(decref(r));
    }
    block.insts.assign(std::make_move_iterator(reversed.rbegin()),
                       std::make_move_iterator(reversed.rend()));
  }
}

/// Whether a DECREF of register `r` after the uops `before` (of its block)
/// releases an object known to be a leaf: one of them read the register as
/// one (a guard or a fact said so), and none wrote it since. The release
/// then runs no Python code.
bool releasesOnlyLeaf(llvm::ArrayRef<VInst> before, int r) {
  for (const VInst &inst : llvm::reverse(before)) {
    for (auto [i, in] : llvm::enumerate(inst.ins))
      if (in == r && i < 32 && (inst.leafIns >> i & 1))
        return true;
    if (llvm::is_contained(inst.outs, r))
      return false;
  }
  return false;
}

/// The borrowing form of a read whose result may borrow its container's
/// reference, or the read itself when it has none.
UopKind borrowingRead(UopKind kind) {
  switch (kind) {
  case UopKind::BINARY_SUBSCR_LIST_INT:
    return UopKind::BINARY_SUBSCR_LIST_INT_BORROWED;
  case UopKind::BINARY_SUBSCR_TUPLE_INT:
    return UopKind::BINARY_SUBSCR_TUPLE_INT_BORROWED;
  case UopKind::LOAD_ATTR_INSTANCE_VALUE:
    return UopKind::LOAD_ATTR_INSTANCE_VALUE_BORROWED;
  case UopKind::LOAD_ATTR_SLOT:
    return UopKind::LOAD_ATTR_SLOT_BORROWED;
  default:
    return kind;
  }
}

/// Whether a uop can run no Python code: loads of globals, locals and
/// constants, increfs and moves of registers, reads from lists, tuples and
/// objects, guards that only deoptimize, pure uops, and the arithmetic
/// whose only allocation is an int, a float or a str. Allocating anything
/// the garbage collector tracks (a tuple, a list, a cell) is not in it: in
/// 3.11 such an allocation may start a collection, which runs finalizers.
/// A uop that fails leaves the function (an exit) and runs nothing after.
bool runsNoCode(UopKind kind) {
  switch (kind) {
  case UopKind::LOAD_GLOBAL_BUILTIN:
  case UopKind::LOAD_GLOBAL_MODULE:
  case UopKind::LOAD_FAST_BORROWED:
  case UopKind::LOAD_FAST_ENTRY:
  case UopKind::LOAD_CONST:
  case UopKind::LOAD_CONST_BORROWED:
  case UopKind::COPY_REF:
  case UopKind::MOVE_REF:
  case UopKind::COPY_RAW:
  case UopKind::CHECK_TRACING:
  case UopKind::BINARY_SUBSCR_LIST_INT:
  case UopKind::BINARY_SUBSCR_TUPLE_INT:
  case UopKind::BINARY_SUBSCR_LIST_INT_BORROWED:
  case UopKind::BINARY_SUBSCR_TUPLE_INT_BORROWED:
  case UopKind::LOAD_ATTR_INSTANCE_VALUE_BORROWED:
  case UopKind::LOAD_ATTR_SLOT_BORROWED:
  case UopKind::BINARY_OP_ADD_INT:
  case UopKind::BINARY_OP_SUBTRACT_INT:
  case UopKind::BINARY_OP_MULTIPLY_INT:
  case UopKind::BINARY_OP_ADD_FLOAT:
  case UopKind::BINARY_OP_SUBTRACT_FLOAT:
  case UopKind::BINARY_OP_MULTIPLY_FLOAT:
  case UopKind::BINARY_OP_ADD_UNICODE:
  case UopKind::BOX_FLOAT:
  case UopKind::BOX_FLOAT_OR_NULL:
  case UopKind::BOX_INT:
    return true;
  default:
    break;
  }
  const UopInfo &info = uopInfo(kind);
  return info.has(Pure) || (info.has(Guard) && !info.has(Error) && !info.has(Escapes) &&
                            !info.has(DelOnly) && !info.has(Backend));
}

/// Whether `inst`, after the uops `before` of its block, runs no Python
/// code: runsNoCode's uops, and a DECREF of a known leaf (releasesOnlyLeaf).
/// A parallel copy may release what it overwrites.
bool runsNoCodeAfter(const VInst &inst, llvm::ArrayRef<VInst> before) {
  if (inst.kind == UopKind::DECREF)
    return releasesOnlyLeaf(before, inst.ins[0]);
  return runsNoCode(inst.kind) && !inst.parallelCopy;
}

/// Reads whose result lives only within its block, between uops that run
/// no code, borrow (`total += row[k] * b[k][j]`: the two items and the row
/// are read, unboxed and released with nothing between that could change
/// `b` or a row): the read takes no reference and the DECREF after the
/// last use goes. Sound because a reference is needed only to keep an
/// object alive while something may release it, and from the read to the
/// last use nothing releases anything: the container still holds the
/// item. The container itself must stay alive too: the read's input is
/// not released in between (a DECREF may run code) and the item is no
/// local an exit stores after releasing registers. Repeated until nothing
/// changes, since making one read borrow removes a DECREF that kept
/// another from borrowing (`b[k]` before `b[k][j]`).
void Lowering::borrowShortReads() {
  // Definitions and the blocks that mention each register: a read may
  // borrow only into a register it alone defines, used in its own block.
  size_t numRegs = isObject.size();
  std::vector<int> defs(numRegs), blockOfUse(numRegs, -1);
  llvm::BitVector otherBlocks(numRegs), atExitLocals(numRegs);
  for (int b = 0, n = blocks.size(); b < n; ++b)
    for (const VInst &inst : blocks[b].insts) {
      for (int r : inst.outs)
        ++defs[r];
      auto mention = [&](int r) {
        if (blockOfUse[r] < 0)
          blockOfUse[r] = b;
        else if (blockOfUse[r] != b)
          otherBlocks.set(r);
      };
      llvm::for_each(inst.ins, mention);
      llvm::for_each(inst.outs, mention);
    }
  for (const ExitPoint &exit : exits)
    for (auto &[slot, r, type, unbound] : exit.locals)
      atExitLocals.set(r);
  for (bool changed = true; changed;) {
    changed = false;
    for (auto [b, block] : llvm::enumerate(blocks)) {
      auto &insts = block.insts;
      for (size_t i = 0; i < insts.size(); ++i) {
        UopKind borrowing = borrowingRead(insts[i].kind);
        if (borrowing == insts[i].kind)
          continue;
        int r = insts[i].outs[0];
        if (!isObject[r] || defs[r] != 1 || otherBlocks.test(r) || atExitLocals.test(r) ||
            liveOut[b].test(r))
          continue;
        // Every uop up to the DECREF runs no code, and none moves the
        // result's reference elsewhere.
        size_t j = i + 1;
        for (; j < insts.size(); ++j) {
          const VInst &inst = insts[j];
          if (!inst.ins.empty() && inst.ins[0] == r &&
              (inst.kind == UopKind::DECREF || inst.kind == UopKind::MOVE_REF))
            break;
          if (!runsNoCodeAfter(inst, llvm::ArrayRef(insts).take_front(j)))
            break;
        }
        if (j == insts.size() || insts[j].kind != UopKind::DECREF || insts[j].ins[0] != r)
          continue;
        insts[i].kind = borrowing;
        isObject[r] = false;
        isBorrowed[r] = true;
        insts.erase(insts.begin() + j);
        changed = true;
      }
    }
  }
}

/// An attribute store whose value dies at the store (`self.x = self.x +
/// dx`: the sum is released right after) gives the slot the register's
/// reference: the *_MOVE form stores it without an incref and clears the
/// register, and the DECREF after goes. Sound because that DECREF, among
/// those right after the store, was the value's last release: the register
/// is dead after it, and the reference it dropped now belongs to the slot.
void Lowering::moveIntoStores() {
  for (VBlock &block : blocks) {
    auto &insts = block.insts;
    for (size_t i = 0; i < insts.size(); ++i) {
      UopKind kind = insts[i].kind;
      UopKind moving = kind == UopKind::STORE_ATTR_INSTANCE_VALUE
                           ? UopKind::STORE_ATTR_INSTANCE_VALUE_MOVE
                       : kind == UopKind::STORE_ATTR_SLOT ? UopKind::STORE_ATTR_SLOT_MOVE
                                                          : kind;
      if (moving == kind)
        continue;
      int value = insts[i].ins[0];
      if (!isObject[value] || insts[i].ins[1] == value)
        continue;
      for (size_t j = i + 1; j < insts.size() && insts[j].kind == UopKind::DECREF; ++j)
        if (insts[j].ins[0] == value) {
          insts[i].kind = moving;
          insts.erase(insts.begin() + j);
          break;
        }
    }
  }
}

/// Drops a guard that repeats an earlier one of its block when only uops
/// that run no code lie between them: the globals' and builtins' keys
/// versions (`isinstance(x, dict)` checks them once, not once per name),
/// and an object's type version and inline values (`self.x += dx` guards
/// `self` for the load and again for the store). Sound because those
/// change only through Python code, a `__del__` (any DECREF or store that
/// releases a value) or a collection (any allocation of a tracked object),
/// and every uop that may do one of those ends the run (runsNoCode).
void Lowering::removeRepeatedVersionGuards() {
  auto isVersionGuard = [](UopKind kind) {
    return kind == UopKind::GUARD_GLOBALS_VERSION || kind == UopKind::GUARD_BUILTINS_VERSION ||
           kind == UopKind::GUARD_TYPE_VERSION || kind == UopKind::GUARD_HAS_VALUES;
  };
  for (VBlock &block : blocks) {
    // Version guards kept since the last uop that may run code (kept never
    // grows past its reserve, so pointers into it stay valid).
    llvm::SmallVector<const VInst *, 4> passed;
    std::vector<VInst> kept;
    kept.reserve(block.insts.size());
    for (VInst &inst : block.insts) {
      bool version = isVersionGuard(inst.kind);
      if (version && llvm::any_of(passed, [&](const VInst *earlier) {
            return earlier->kind == inst.kind && earlier->imms == inst.imms &&
                   earlier->ins == inst.ins;
          }))
        continue;
      if (!version && !runsNoCodeAfter(inst, kept))
        passed.clear();
      // A register written again holds another object: its guards go.
      llvm::erase_if(passed, [&](const VInst *earlier) {
        return llvm::any_of(inst.outs, [&](int r) { return llvm::is_contained(earlier->ins, r); });
      });
      kept.push_back(std::move(inst));
      if (version)
        passed.push_back(&kept.back());
    }
    block.insts = std::move(kept);
  }
}

FlatProgram Lowering::layout() {
  // A block that only jumps is replaced by its target.
  auto resolve = [&](int b) {
    for (int hops = 0; hops < (int)blocks.size(); ++hops) {
      const auto &insts = blocks[b].insts;
      if (insts.size() != 1 || insts[0].kind != UopKind::JUMP)
        break;
      b = insts[0].target;
    }
    return b;
  };
  for (VBlock &block : blocks)
    for (VInst &inst : block.insts)
      if (inst.target >= 0)
        inst.target = resolve(inst.target);
  std::vector<bool> reachable(blocks.size());
  std::vector<int> work{resolve(0)};
  for (auto [offset, block] : resumes)
    work.push_back(block);
  while (!work.empty()) {
    int b = work.back();
    work.pop_back();
    if (reachable[b])
      continue;
    reachable[b] = true;
    for (const VInst &inst : blocks[b].insts)
      if (inst.target >= 0)
        work.push_back(inst.target);
  }

  // Registers: objects first; only those still named (coalescing and casts
  // leave others unused).
  llvm::BitVector used(isObject.size());
  for (const VBlock &block : blocks)
    for (const VInst &inst : block.insts) {
      for (int r : inst.ins)
        used.set(r);
      for (int r : inst.outs)
        used.set(r);
    }
  for (const ExitPoint &exit : exits)
    exit.forEachReg([&](int r) { used.set(r); });
  std::vector<int> renumber(isObject.size());
  FlatProgram program;
  for (size_t r = 0; r < isObject.size(); ++r)
    if (isObject[r] && used.test(r))
      renumber[r] = program.numObjectRegs++;
  program.numRegs = program.numObjectRegs;
  for (size_t r = 0; r < isObject.size(); ++r)
    if (!isObject[r] && used.test(r))
      renumber[r] = program.numRegs++;

  std::vector<int> start(blocks.size(), -1);
  std::vector<std::pair<size_t, int>> fixups;
  // Order: the entry first, then traces: after a block that ends in a jump,
  // its target when not placed yet (the jump then disappears), else the
  // next unplaced block in program order.
  std::vector<int> order;
  std::vector<bool> placed(blocks.size());
  auto trace = [&](int b) {
    while (b >= 0 && reachable[b] && !placed[b]) {
      placed[b] = true;
      order.push_back(b);
      const auto &insts = blocks[b].insts;
      b = !insts.empty() && insts.back().kind == UopKind::JUMP ? insts.back().target : -1;
    }
  };
  trace(resolve(0));
  for (size_t b = 0; b < blocks.size(); ++b)
    trace(b);
  // Tracing can only be switched on by Python code, so a CHECK_TRACING
  // goes before the first uop with an exit after one that may have run
  // Python code, on every path. Code run by a __del__ (DECREF and the
  // `del-only` uops) is caught at the next check. `unchecked[b]`: on some
  // path to block b, Python code may have run since the last check (a
  // forward dataflow; every back edge counts as such a path: JUMP_BACKWARD
  // may run code, so each iteration checks). The entries do not: the
  // runtime enters compiled code, called or resumed, only while nothing is
  // traced or profiled (may_run_compiled in runtime/lib/Runtime.c).
  auto mayRunCode = [](UopKind kind) {
    return uopInfo(kind).has(Escapes) && !uopInfo(kind).has(DelOnly);
  };
  std::vector<bool> unchecked(blocks.size());
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (!reachable[b])
        continue;
      bool state = unchecked[b];
      for (const VInst &inst : blocks[b].insts) {
        if (inst.exit >= 0)
          state = false; // checked right before it
        if (mayRunCode(inst.kind))
          state = true;
        if (inst.target >= 0 && state && !unchecked[inst.target]) {
          unchecked[inst.target] = true;
          changed = true;
        }
      }
    }
  }
  for (size_t i = 0; i < order.size(); ++i) {
    int b = order[i];
    start[b] = program.insts.size();
    bool checkTracing = unchecked[b];
    auto emit = [&](const VInst &inst) {
      UopjitInst out{};
      out.kind = (uint16_t)inst.kind;
      out.nin = inst.ins.size();
      out.nout = inst.outs.size();
      program.maxArray = std::max<uint32_t>(program.maxArray, std::max(out.nin, out.nout));
      out.ops = program.pool.size();
      for (int r : inst.ins)
        program.pool.push_back(renumber[r]);
      for (int r : inst.outs)
        program.pool.push_back(renumber[r]);
      out.target = -1;
      if (inst.target >= 0)
        fixups.push_back({program.insts.size(), inst.target});
      out.exit = inst.exit;
      out.line = inst.line;
      for (auto [k, imm] : llvm::enumerate(inst.imms))
        out.imm[k] = imm;
      program.insts.push_back(out);
    };
    for (const VInst &inst : blocks[b].insts) {
      if (inst.kind == UopKind::JUMP && i + 1 < order.size() && order[i + 1] == inst.target)
        continue;
      if (inst.exit >= 0 && checkTracing) {
        VInst check;
        check.kind = UopKind::CHECK_TRACING;
        check.exit = inst.exit;
        check.line = inst.line;
        emit(check);
        checkTracing = false;
      }
      if (mayRunCode(inst.kind))
        checkTracing = true;
      emit(inst);
    }
  }
  for (auto [at, block] : fixups)
    program.insts[at].target = start[block];
  for (auto [offset, block] : resumes)
    program.entries.push_back(UopjitEntry{offset, (uint32_t)start[block]});
  llvm::stable_sort(program.entries, [](const UopjitEntry &a, const UopjitEntry &b) {
    return a.offset < b.offset;
  });
  auto encode = [&](int r, Type unboxed) {
    return !unboxed           ? renumber[r]
           : unboxed.isF64() ? UOPJIT_EXIT_F64(renumber[r])
                             : UOPJIT_EXIT_I64(renumber[r]);
  };
  for (const ExitPoint &exit : exits) {
    UopjitExit out{exit.offset, (uint32_t)exit.stack.size(), (uint32_t)program.pool.size(),
                   (uint32_t)exit.locals.size(), 0};
    for (auto [r, unboxed] : llvm::zip(exit.stack, exit.unboxed))
      program.pool.push_back(encode(r, unboxed));
    out.locals = program.pool.size();
    for (auto [slot, r, type, unbound] : exit.locals) {
      program.pool.push_back(slot);
      program.pool.push_back(unbound ? UOPJIT_EXIT_F64U(renumber[r]) : encode(r, type));
    }
    program.exits.push_back(out);
  }
  program.qualname = func.getQualname().str();
  program.isGenerator = isGenerator;
  return program;
}

FailureOr<FlatProgram> Lowering::run() {
  Region &body = func.getBody();
  // Entry: the arguments (every slot of the frame as it starts) move into
  // registers; the frame keeps its own references.
  cur = newBlock();
  // A generator's frame starts in the interpreter (RETURN_GENERATOR makes
  // the generator object); compiled code only resumes it.
  isGenerator = !body.front().empty() && isa<uop::GeneratorOp>(body.front().front());
  if (isGenerator)
    emit(UopKind::TRAP);
  if (auto slots = func->getAttrOfType<DenseI64ArrayAttr>("borrowed_args"))
    borrowedArgs.assign(slots.asArrayRef().begin(), slots.asArrayRef().end());
  for (BlockArgument arg : body.front().getArguments()) {
    if (arg.use_empty() || isGenerator)
      continue;
    VInst &load = emit(isBorrowedValue(arg) ? UopKind::LOAD_FAST_BORROWED
                                            : UopKind::LOAD_FAST_ENTRY);
    load.outs.push_back(reg(arg));
    load.imms.push_back(arg.getArgNumber());
  }
  // The frontend binds a slot that is not a parameter to uop.null from the
  // start (its argument is unused): a fresh frame holds NULL there.
  Value null;
  for (auto op : body.front().getOps<uop::NullOp>()) {
    null = op.getResult();
    break;
  }
  std::vector<int> entryKnown(func.getNumLocalsPlus(), -1);
  for (BlockArgument arg : body.front().getArguments())
    entryKnown[arg.getArgNumber()] = !arg.use_empty() ? reg(arg) : null ? reg(null) : -1;
  // A cast is its operand with other facts: the same register.
  func.walk([&](uop::CastOp cast) { regOf[cast.getResult()] = reg(uop::stripCasts(cast)); });
  int first = newBlock();
  jump(first);
  if (failed(lowerRegion(body, first)))
    return failure();
  removeRedundantSyncs(entryKnown);
  // Registers of uop.null are never written: NULL in every activation.
  llvm::BitVector nulls(isObject.size());
  for (auto [value, r] : regOf)
    if (value.getDefiningOp<uop::NullOp>())
      nulls.set(r);
  llvm::BitVector fixed = nulls;
  for (size_t r = 0; r < isBorrowed.size(); ++r)
    if (isBorrowed[r])
      fixed.set(r);
  coalesceCopies(fixed);
  computeLiveness();
  for (auto [offset, block] : resumes) {
    llvm::BitVector live = liveIn[block];
    live.reset(nulls);
    if (live.any()) {
      InFlightDiagnostic diag = func.emitError("a value live across the yield resuming at ")
                                << offset << " is not in the frame state there";
      for (auto [value, r] : regOf)
        if (r == (int)live.find_first()) {
          diag.attachNote(value.getLoc()) << "it is defined here";
          break;
        }
      return diag;
    }
  }
  insertRefcounts();
  borrowShortReads();
  moveIntoStores();
  removeRepeatedVersionGuards();
  return layout();
}

} // namespace

FailureOr<FlatProgram> lowerToFlat(uop::FuncOp func, bool requireBodies) {
  return Lowering(func, requireBodies).run();
}

void printFlatProgram(const FlatProgram &program, llvm::raw_ostream &os) {
  os << llvm::formatv("flat @{0}: {1} uops, {2} registers ({3} objects), {4} exits\n",
                      program.qualname, program.insts.size(), program.numRegs,
                      program.numObjectRegs, program.exits.size());
  for (size_t i = 0; i < program.insts.size(); ++i) {
    const UopjitInst &inst = program.insts[i];
    const UopInfo &info = uopInfo((UopKind)inst.kind);
    std::string text = llvm::formatv("{0,4}: {1}", i, info.name).str();
    auto regs = [&](unsigned from, unsigned count) {
      std::string s;
      for (unsigned k = 0; k < count; ++k)
        s += (k ? ", r" : "r") + std::to_string(program.pool[inst.ops + from + k]);
      return s;
    };
    if (inst.nin)
      text += " " + regs(0, inst.nin);
    if (inst.nout)
      text += " -> " + regs(inst.nin, inst.nout);
    for (auto [k, imm] : llvm::enumerate(info.imms))
      text += llvm::formatv(" {0}={1}", immName(imm), inst.imm[k]).str();
    if (inst.target >= 0)
      text += llvm::formatv(" @{0}", inst.target).str();
    if (inst.exit >= 0)
      text += llvm::formatv(" exit {0}", inst.exit).str();
    os << text;
    if (inst.line)
      os.indent(text.size() < 60 ? 60 - text.size() : 1) << "# line " << inst.line;
    os << "\n";
  }
  for (const UopjitEntry &entry : program.entries)
    os << llvm::formatv("entry at {0}: @{1}\n", entry.offset, entry.inst);
  for (size_t i = 0; i < program.exits.size(); ++i) {
    const UopjitExit &exit = program.exits[i];
    auto value = [&](int32_t r) {
      if (r <= UOPJIT_EXIT_I64(0))
        os << "box_int r" << UOPJIT_EXIT_I64(r);
      else if (r <= UOPJIT_EXIT_F64U(0))
        os << "box_float_or_null r" << UOPJIT_EXIT_F64U(r);
      else if (r <= UOPJIT_EXIT_F64(0))
        os << "box_float r" << UOPJIT_EXIT_F64(r);
      else
        os << "r" << r;
    };
    os << llvm::formatv("exit {0}: at {1} stack(", i, exit.offset);
    for (unsigned k = 0; k < exit.nstack; ++k) {
      os << (k ? ", " : "");
      value(program.pool[exit.stack + k]);
    }
    os << ")";
    for (unsigned k = 0; k < exit.nlocals; ++k) {
      os << (k ? ", " : " locals(") << "slot " << program.pool[exit.locals + 2 * k] << " = ";
      value(program.pool[exit.locals + 2 * k + 1]);
    }
    os << (exit.nlocals ? ")\n" : "\n");
  }
}

} // namespace uopjit
