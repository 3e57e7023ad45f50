//===- UopAsm.cpp - generic assembly and verifier of catalog uops ---------===//
//
// Every uop of the catalog prints the same way, driven by its UopInfo:
//
//   %r = uop.binary_op %a, %b <oparg = 0> frame %fs
//   uop.guard_both_float %a, %b frame %fs
//   %v, %taken = uop.for_iter %it <oparg = 12> frame %fs
//   uop.yield_value %v frame %fs resume ^bb2
//
// Operand and result types are printed (`: (..) -> (..)`) only when they
// differ from the default: `!uop.object` for every slot and `i1` for the
// `taken` result of a jump.
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace uopjit;
using namespace uopjit::uop;

const UopInfo *uopjit::uop::getUopInfo(Operation *op) {
  if (op->getDialect() == nullptr || op->getDialect()->getNamespace() != "uop")
    return nullptr;
  return lookupUopByMnemonic(op->getName().stripDialect());
}

Value uopjit::uop::getUopFrameState(Operation *op) {
  if (op->getNumOperands() == 0)
    return {};
  Value last = op->getOperands().back();
  return isa<FrameType>(last.getType()) ? last : Value();
}

OperandRange uopjit::uop::getUopInputs(Operation *op) {
  return op->getOperands().drop_back(getUopFrameState(op) ? 1 : 0);
}

/// The oparg of a uop being built or verified, or 0 if it has none.
static int opargOf(ArrayRef<NamedAttribute> attrs) {
  for (const NamedAttribute &attr : attrs)
    if (attr.getName() == "oparg")
      if (auto i = dyn_cast<IntegerAttr>(attr.getValue()))
        return (int)i.getValue().getZExtValue();
  return 0;
}

SmallVector<Type> uopjit::uop::defaultResultTypes(MLIRContext *ctx, const UopInfo &info,
                                                  int oparg) {
  SmallVector<Type> types(info.numResults(oparg), ObjectType::get(ctx));
  if (info.isJump() && !types.empty())
    types.back() = IntegerType::get(ctx, 1);
  return types;
}

bool uopjit::uop::isPlainObjectType(Type t) {
  auto obj = dyn_cast<ObjectType>(t);
  return obj && obj.isUnknown();
}

/// True when the text at `p` is a list of SSA result names followed by `=`:
/// the start of the *next* op, not operands of this one. A uop without
/// inputs (`uop.nop`) is otherwise ambiguous with the line after it.
static bool startsNextOp(const char *p) {
  auto skipSpace = [&] {
    for (;;) {
      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        ++p;
      if (p[0] == '/' && p[1] == '/') {
        while (*p && *p != '\n')
          ++p;
        continue;
      }
      return;
    }
  };
  skipSpace();
  if (*p != '%')
    return false;
  for (;;) {
    if (*p != '%')
      return false;
    ++p;
    while (llvm::isAlnum(*p) || *p == '_' || *p == '$' || *p == '.' || *p == '-')
      ++p;
    if (*p == ':') { // `%x:2 = ...`
      ++p;
      while (llvm::isDigit(*p))
        ++p;
    }
    skipSpace();
    if (*p == ',') {
      ++p;
      skipSpace();
      continue;
    }
    return *p == '=' && p[1] != '=';
  }
}

ParseResult uopjit::uop::parseUop(OpAsmParser &parser, OperationState &state,
                                  const UopInfo &info) {
  MLIRContext *ctx = parser.getContext();
  SmallVector<OpAsmParser::UnresolvedOperand> inputs;
  if (!startsNextOp(parser.getCurrentLocation().getPointer()) &&
      parser.parseOperandList(inputs))
    return failure();

  // Immediates: `<name = int, ...>`, each one the catalog lists.
  if (succeeded(parser.parseOptionalLess())) {
    auto parseImm = [&]() -> ParseResult {
      SMLoc loc = parser.getCurrentLocation();
      StringRef name;
      if (parser.parseKeyword(&name) || parser.parseEqual())
        return failure();
      SMLoc valueLoc = parser.getCurrentLocation();
      APInt value;
      if (parser.parseInteger(value))
        return failure();
      auto it = llvm::find_if(info.imms, [&](ImmKind k) { return immName(k) == name; });
      if (it == info.imms.end()) {
        std::string known;
        for (ImmKind k : info.imms)
          known += (known.empty() ? "" : ", ") + immName(k).str();
        return parser.emitError(loc, "uop ")
               << info.name << " has no immediate '" << name << "'"
               << (known.empty() ? std::string(" (it takes none)")
                                 : "; it takes " + known);
      }
      unsigned width = immWidth(*it);
      if (value.isNegative() || value.getActiveBits() > width)
        return parser.emitError(valueLoc, "immediate '")
               << name << "' must be an unsigned " << width << "-bit value";
      state.addAttribute(name, IntegerAttr::get(IntegerType::get(ctx, width),
                                                value.zextOrTrunc(width)));
      return success();
    };
    if (parser.parseCommaSeparatedList(parseImm) || parser.parseGreater())
      return failure();
  }

  OpAsmParser::UnresolvedOperand frame;
  bool hasFrame = succeeded(parser.parseOptionalKeyword("frame"));
  if (hasFrame && parser.parseOperand(frame))
    return failure();

  if (info.has(Suspend)) {
    Block *resume;
    if (parser.parseKeyword("resume") || parser.parseSuccessor(resume))
      return failure();
    state.addSuccessors(resume);
  }
  if (parser.parseOptionalAttrDict(state.attributes))
    return failure();

  SmallVector<Type> inputTypes(inputs.size(), ObjectType::get(ctx));
  SmallVector<Type> resultTypes =
      defaultResultTypes(ctx, info, opargOf(state.attributes.getAttrs()));
  if (succeeded(parser.parseOptionalColon())) {
    SMLoc loc = parser.getCurrentLocation();
    FunctionType fnType;
    if (parser.parseType(fnType))
      return failure();
    if (fnType.getNumInputs() != inputs.size())
      return parser.emitError(loc, "the type lists ")
             << fnType.getNumInputs() << " inputs but the uop has " << inputs.size();
    inputTypes.assign(fnType.getInputs().begin(), fnType.getInputs().end());
    resultTypes.assign(fnType.getResults().begin(), fnType.getResults().end());
  }
  if (parser.resolveOperands(inputs, inputTypes, parser.getNameLoc(), state.operands))
    return failure();
  if (hasFrame && parser.resolveOperand(frame, FrameType::get(ctx), state.operands))
    return failure();
  state.addTypes(resultTypes);
  return success();
}

void uopjit::uop::printUop(OpAsmPrinter &p, Operation *op, const UopInfo &info) {
  OperandRange inputs = getUopInputs(op);
  if (!inputs.empty())
    p << ' ' << inputs;

  SmallVector<StringRef> printed;
  bool first = true;
  for (ImmKind kind : info.imms) {
    StringRef name = immName(kind);
    auto value = op->getAttrOfType<IntegerAttr>(name);
    if (!value)
      continue;
    p << (first ? " <" : ", ") << name << " = " << value.getValue().getZExtValue();
    first = false;
    printed.push_back(name);
  }
  if (!first)
    p << '>';
  if (Value frame = getUopFrameState(op))
    p << " frame " << frame;
  if (info.has(Suspend) && op->getNumSuccessors() == 1) {
    p << " resume ";
    p.printSuccessor(op->getSuccessor(0));
  }
  p.printOptionalAttrDict(op->getAttrs(), printed);

  SmallVector<Type> defaults =
      defaultResultTypes(op->getContext(), info, opargOf(op->getAttrs()));
  bool defaultTypes = llvm::all_of(inputs.getTypes(), isPlainObjectType) &&
                      llvm::equal(op->getResultTypes(), defaults);
  if (!defaultTypes) {
    p << " : ";
    p.printFunctionalType(inputs.getTypes(), op->getResultTypes());
  }
}

void uopjit::uop::nameUopResults(Operation *op, const UopInfo &info,
                                 OpAsmSetValueNameFn setName) {
  if (info.has(Suspend))
    return;
  int oparg = opargOf(op->getAttrs());
  unsigned next = 0;
  for (const StackItem &item : info.outputs) {
    if (item.passThrough)
      continue;
    for (int i = 0, n = item.values(oparg); i < n && next < op->getNumResults(); ++i)
      setName(op->getResult(next++), item.name);
  }
  if (info.isJump() && next < op->getNumResults())
    setName(op->getResult(next), "taken");
}

static std::string itemNames(ArrayRef<StackItem> items, bool skipPassThrough,
                             bool taken = false) {
  std::string s = stackItemsText(items, skipPassThrough);
  if (taken)
    s += (s.empty() ? "" : ", ") + std::string("taken");
  return s;
}

/// What a uop's frame-state-requiring flags let it do, as verbs.
static std::string frameStateReasons(const UopInfo &info) {
  std::pair<UopFlag, const char *> reasons[] = {
      {Guard, "deoptimize"},     {Error, "raise"},
      {Escapes, "run arbitrary Python code"},
      {Breaker, "check the eval breaker"}, {Suspend, "suspend"}};
  std::string s;
  for (auto [flag, verb] : reasons)
    if (info.has(flag))
      s += (s.empty() ? "" : ", ") + std::string(verb);
  return s;
}

LogicalResult uopjit::uop::verifyUop(Operation *op, const UopInfo &info) {
  int oparg = opargOf(op->getAttrs());
  if (oparg < 0)
    return op->emitOpError("has oparg ") << (uint32_t)oparg << ", beyond what 3.11 encodes";
  for (ArrayRef<StackItem> side : {info.inputs, info.outputs})
    for (const StackItem &item : side)
      if (item.kind == StackItem::Array && item.eval(oparg) < 0)
        return op->emitOpError("cannot have oparg ")
               << oparg << ": stack item " << item.name << "[" << item.expr
               << "] would have a negative size";

  for (Value operand : op->getOperands().drop_back(getUopFrameState(op) ? 1 : 0))
    if (isa<FrameType>(operand.getType()))
      return op->emitOpError("takes its frame state last, after `frame`");

  int expected = info.numInputSlots(oparg);
  int got = getUopInputs(op).size();
  if (got != expected) {
    InFlightDiagnostic d = op->emitOpError("expects ")
                           << expected << " stack input" << (expected == 1 ? "" : "s");
    if (expected)
      d << " (" << itemNames(info.inputs, false) << ")";
    if (info.stackDependsOnOparg())
      d << " for oparg " << oparg;
    return d << ", got " << got;
  }
  int results = info.numResults(oparg);
  if ((int)op->getNumResults() != results) {
    InFlightDiagnostic d = op->emitOpError("has ")
                           << results << " result" << (results == 1 ? "" : "s");
    if (results)
      d << " (" << itemNames(info.outputs, true, info.isJump()) << ")";
    return d << ", got " << op->getNumResults();
  }
  if (info.isJump() && !op->getResult(results - 1).getType().isInteger(1))
    return op->emitOpError("is a jump: its last result must be the i1 `taken`");

  bool hasFrame = static_cast<bool>(getUopFrameState(op));
  if (info.needsFrameState() && !hasFrame)
    return op->emitOpError("can ")
           << frameStateReasons(info)
           << ", so it needs a frame state: add `frame %fs` (a uop.frame_state)";
  if (!info.needsFrameState() && hasFrame)
    return op->emitOpError("cannot deoptimize, raise or escape, so it takes no frame state");

  if (info.has(Suspend)) {
    if (!op->getParentOfType<GeneratorOp>())
      return op->emitOpError("suspends, so it must be inside a uop.generator region");
    Block *resume = op->getSuccessor(0);
    if (resume->empty() || !isa<ResumeOp>(resume->front()))
      return op->emitOpError("resumes at a block that does not start with uop.resume");
  }
  return success();
}
