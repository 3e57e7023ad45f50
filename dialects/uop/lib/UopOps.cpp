//===- UopOps.cpp - structural ops of the `uop` dialect -------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace uopjit;
using namespace uopjit::uop;

//===----------------------------------------------------------------------===//
// custom<ObjectValues>: `%a, %b` or, when a type carries facts,
// `%a, %b : !uop.object<nonnull>, !uop.object`.
//===----------------------------------------------------------------------===//

static ParseResult
parseObjectValues(OpAsmParser &parser,
                  SmallVectorImpl<OpAsmParser::UnresolvedOperand> &values,
                  SmallVectorImpl<Type> &types) {
  if (parser.parseOperandList(values))
    return failure();
  if (succeeded(parser.parseOptionalColon()))
    return parser.parseTypeList(types);
  types.assign(values.size(), ObjectType::get(parser.getContext()));
  return success();
}

static void printObjectValues(OpAsmPrinter &p, Operation *, OperandRange values,
                              TypeRange types) {
  p << values;
  if (!llvm::all_of(types, isPlainObjectType))
    p << " : " << types;
}

#define GET_OP_CLASSES
#include "uopjit/Dialect/Uop/UopOps.cpp.inc"

/// Checks a byte offset of the enclosing code object: even, non-negative and
/// inside its bytecode.
static LogicalResult verifyOffset(Operation *op, int32_t offset, StringRef what) {
  if (offset < 0 || offset % 2)
    return op->emitOpError("has bad ")
           << what << " " << offset
           << ": an instruction starts at an even, non-negative byte offset";
  auto func = op->getParentOfType<FuncOp>();
  if (func && offset >= (int64_t)func.getCodeSize())
    return op->emitOpError("has bad ")
           << what << " " << offset << ": the code object has only "
           << (int64_t)func.getCodeSize() << " bytes of bytecode";
  return success();
}

//===----------------------------------------------------------------------===//
// FuncOp
//===----------------------------------------------------------------------===//

/// The code-object facts, printed in this order as `code<name = value, ...>`.
static constexpr llvm::StringLiteral kCodeFacts[] = {
    "qualname", "filename", "firstlineno", "co_flags",  "argcount",
    "nlocals",  "ncells",   "nfrees",      "code_size", "names", "consts",
    "observed_arg_types"};

/// The facts a code object may lack: arrays, printed only when set.
static bool isOptionalFact(StringRef key) {
  return key == "names" || key == "consts" || key == "observed_arg_types";
}

ParseResult FuncOp::parse(OpAsmParser &parser, OperationState &state) {
  StringAttr name;
  SmallVector<OpAsmParser::Argument> args;
  // Arguments are `%x` (a plain object) or `%x: <type>`.
  auto parseArg = [&]() -> ParseResult {
    OpAsmParser::Argument &arg = args.emplace_back();
    arg.type = ObjectType::get(parser.getContext());
    if (parser.parseArgument(arg, /*allowType=*/false))
      return failure();
    return success(failed(parser.parseOptionalColon()) || succeeded(parser.parseType(arg.type)));
  };
  auto parseFact = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef key;
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return failure();
    if (!llvm::is_contained(kCodeFacts, key))
      return parser.emitError(loc, "unknown code-object fact '") << key << "'";
    if (isOptionalFact(key)) {
      ArrayAttr array;
      if (parser.parseAttribute(array))
        return failure();
      state.addAttribute(key, array);
      return success();
    }
    std::string text;
    if (succeeded(parser.parseOptionalString(&text))) {
      state.addAttribute(key, parser.getBuilder().getStringAttr(text));
      return success();
    }
    int64_t value;
    if (parser.parseInteger(value))
      return failure();
    state.addAttribute(key, parser.getBuilder().getI64IntegerAttr(value));
    return success();
  };
  if (parser.parseSymbolName(name, SymbolTable::getSymbolAttrName(), state.attributes) ||
      parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Paren, parseArg))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("code")) &&
      parser.parseCommaSeparatedList(OpAsmParser::Delimiter::LessGreater, parseFact))
    return failure();
  if (parser.parseOptionalAttrDictWithKeyword(state.attributes))
    return failure();
  return parser.parseRegion(*state.addRegion(), args);
}

void FuncOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printSymbolName(getSymName());
  p << '(';
  Block *entry = getBody().empty() ? nullptr : &getBody().front();
  if (entry)
    llvm::interleaveComma(entry->getArguments(), p, [&](BlockArgument arg) {
      p.printOperand(arg);
      if (!isPlainObjectType(arg.getType()))
        p << ": " << arg.getType();
    });
  p << ") code<";
  SmallVector<StringRef> facts(std::begin(kCodeFacts), std::end(kCodeFacts));
  llvm::erase_if(facts, [&](StringRef key) {
    return isOptionalFact(key) && !(*this)->getAttr(key);
  });
  llvm::interleaveComma(facts, p, [&](StringRef key) {
    Attribute value = (*this)->getAttr(key);
    p << key << " = ";
    if (isOptionalFact(key)) {
      p.printAttribute(value);
      return;
    }
    if (auto str = dyn_cast_or_null<StringAttr>(value))
      p.printString(str.getValue());
    else if (auto i = dyn_cast_or_null<IntegerAttr>(value))
      p << i.getInt();
    else // a defaulted fact that was never set
      p << (key == "qualname" || key == "filename" ? "\"\"" : "0");
  });
  p << '>';
  SmallVector<StringRef> elided(std::begin(kCodeFacts), std::end(kCodeFacts));
  elided.push_back(SymbolTable::getSymbolAttrName());
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs(), elided);
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false);
}

void FuncOp::getAsmBlockArgumentNames(Region &region, OpAsmSetValueNameFn setName) {
  std::optional<ArrayAttr> names = getNames();
  if (!names || region.empty())
    return;
  for (auto [arg, name] : llvm::zip(region.front().getArguments(), *names))
    setName(arg, cast<StringAttr>(name).getValue());
}

LogicalResult FuncOp::verify() {
  if (std::optional<ArrayAttr> observed = getObservedArgTypes())
    if (observed->size() > (uint64_t)getNlocals())
      return emitOpError("has ") << observed->size() << " observed argument types but "
                                 << getNlocals() << " locals";
  if (std::optional<ArrayAttr> names = getNames())
    if ((int64_t)names->size() != getNumLocalsPlus())
      return emitOpError("has ") << names->size() << " names but "
                                 << getNumLocalsPlus() << " localsplus slots";
  if (std::optional<ArrayAttr> consts = getConsts())
    for (auto [i, c] : llvm::enumerate(consts->getAsValueRange<TypeAttr>()))
      if (!isa<ObjectType>(c))
        return emitOpError("consts entry ") << i << " is " << c << "; expected a !uop.object";
  if ((int64_t)getNlocals() < 0 || (int64_t)getNcells() < 0 || (int64_t)getNfrees() < 0 ||
      (int64_t)getArgcount() < 0)
    return emitOpError("has a negative count of locals, cells, frees or arguments");
  if (getArgcount() > getNlocals())
    return emitOpError("has argcount ")
           << getArgcount() << " larger than nlocals " << getNlocals();
  if (!getBody().empty())
    for (BlockArgument arg : getBody().front().getArguments())
      if (!isa<ObjectType>(arg.getType()))
        return emitOpError("entry block argument #")
               << arg.getArgNumber() << " has type " << arg.getType()
               << "; a localsplus slot holds a !uop.object";
  if ((int64_t)getCodeSize() <= 0 || getCodeSize() % 2)
    return emitOpError("has code_size ")
           << (int64_t)getCodeSize() << "; bytecode is a positive, even number of bytes";
  if (getBody().empty())
    return emitOpError("has no body");
  unsigned numArgs = getBody().front().getNumArguments();
  if ((int64_t)numArgs != getNumLocalsPlus())
    return emitOpError("entry block has ")
           << numArgs << " arguments but the code object has " << getNumLocalsPlus()
           << " localsplus slots (nlocals + ncells + nfrees)";
  return success();
}

//===----------------------------------------------------------------------===//
// FrameStateOp, NullOp
//===----------------------------------------------------------------------===//

ParseResult FrameStateOp::parse(OpAsmParser &parser, OperationState &state) {
  IntegerAttr offset;
  SmallVector<OpAsmParser::UnresolvedOperand> locals, stack;
  SmallVector<Type> localTypes, stackTypes;
  Builder &b = parser.getBuilder();
  if (parser.parseKeyword("at") ||
      parser.parseAttribute(offset, b.getI32Type(), "offset", state.attributes) ||
      parser.parseKeyword("locals") || parser.parseLParen() ||
      parseObjectValues(parser, locals, localTypes) || parser.parseRParen() ||
      parser.parseKeyword("stack") || parser.parseLParen() ||
      parseObjectValues(parser, stack, stackTypes) || parser.parseRParen() ||
      parser.parseOptionalAttrDict(state.attributes))
    return failure();
  state.addAttribute("num_locals", b.getI32IntegerAttr(locals.size()));
  if (parser.resolveOperands(locals, localTypes, parser.getNameLoc(), state.operands) ||
      parser.resolveOperands(stack, stackTypes, parser.getNameLoc(), state.operands))
    return failure();
  state.addTypes(FrameType::get(parser.getContext()));
  return success();
}

void FrameStateOp::print(OpAsmPrinter &p) {
  p << " at " << (int32_t)getOffset() << " locals(";
  printObjectValues(p, *this, getLocals(), getLocals().getTypes());
  p << ") stack(";
  printObjectValues(p, *this, getStack(), getStack().getTypes());
  p << ')';
  p.printOptionalAttrDict((*this)->getAttrs(), {"offset", "num_locals"});
}

LogicalResult FrameStateOp::verify() {
  if (getNumLocals() > getSlots().size())
    return emitOpError("has num_locals ")
           << getNumLocals() << " but only " << getSlots().size() << " slots";
  auto func = (*this)->getParentOfType<FuncOp>();
  if (!func)
    return emitOpError("must be inside a uop.func");
  if (failed(verifyOffset(*this, getOffset(), "offset")))
    return failure();
  if ((int64_t)getLocals().size() != func.getNumLocalsPlus())
    return emitOpError("has ") << getLocals().size() << " locals but the code object has "
                               << func.getNumLocalsPlus()
                               << " localsplus slots (nlocals + ncells + nfrees)";
  return success();
}

void FrameStateOp::getAsmResultNames(OpAsmSetValueNameFn setName) {
  setName(getState(), "fs" + std::to_string(getOffset()));
}

void NullOp::getAsmResultNames(OpAsmSetValueNameFn setName) {
  setName(getResult(), "null");
}

void ResumeOp::getAsmResultNames(OpAsmSetValueNameFn setName) {
  setName(getSent(), "sent");
}

void ReloadOp::getAsmResultNames(OpAsmSetValueNameFn setName) {
  // The local's name (a stack item past the locals has none).
  auto func = (*this)->getParentOfType<FuncOp>();
  std::optional<ArrayAttr> names = func ? func.getNames() : std::nullopt;
  if (names && getSlot() < names->size())
    setName(getValue(), cast<StringAttr>((*names)[getSlot()]).getValue());
  else
    setName(getValue(), "stack");
}

//===----------------------------------------------------------------------===//
// LoopOp, ContinueOp, BreakOp
//===----------------------------------------------------------------------===//

ParseResult LoopOp::parse(OpAsmParser &parser, OperationState &state) {
  IntegerAttr header;
  SmallVector<OpAsmParser::Argument> args;
  SmallVector<OpAsmParser::UnresolvedOperand> inits;
  SmallVector<Type> types;
  if (parser.parseKeyword("at") ||
      parser.parseAttribute(header, parser.getBuilder().getI32Type(), "header",
                            state.attributes))
    return failure();
  OptionalParseResult hasInits = parser.parseOptionalAssignmentList(args, inits);
  if (hasInits.has_value()) {
    if (failed(*hasInits) || parser.parseColonTypeList(types))
      return failure();
    if (types.size() != args.size())
      return parser.emitError(parser.getCurrentLocation(), "expected ")
             << args.size() << " types, one per loop-carried value";
    for (auto [arg, type] : llvm::zip(args, types))
      arg.type = type;
    if (parser.resolveOperands(inits, types, parser.getNameLoc(), state.operands))
      return failure();
  }
  // The results, when there are any: `-> (types)`.
  SmallVector<Type> resultTypes;
  if (succeeded(parser.parseOptionalArrow()) &&
      (parser.parseLParen() || parser.parseTypeList(resultTypes) || parser.parseRParen()))
    return failure();
  state.addTypes(resultTypes);
  if (parser.parseOptionalAttrDictWithKeyword(state.attributes))
    return failure();
  return parser.parseRegion(*state.addRegion(), args);
}

void LoopOp::print(OpAsmPrinter &p) {
  p << " at " << (int32_t)getHeader();
  Block *header = getBody().empty() ? nullptr : &getBody().front();
  if (header && header->getNumArguments()) {
    p << " (";
    llvm::interleaveComma(llvm::zip(header->getArguments(), getInits()), p,
                          [&](auto pair) {
                            p << std::get<0>(pair) << " = " << std::get<1>(pair);
                          });
    p << ") : " << getInits().getTypes();
  }
  if (getNumResults())
    p << " -> (" << getResultTypes() << ")";
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs(), {"header"});
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false);
}

LogicalResult LoopOp::verify() {
  if (failed(verifyOffset(*this, getHeader(), "header offset")))
    return failure();
  if (getBody().empty())
    return emitOpError("has no body");
  Block &header = getBody().front();
  if (header.getArgumentTypes() != getInits().getTypes())
    return emitOpError("header block arguments (")
           << header.getNumArguments() << ") must match the loop-carried inits ("
           << getInits().size() << ") in number and type";
  return success();
}

/// Values passed to the header or out of the loop must match its types.
static LogicalResult verifyLoopValues(Operation *op, ValueRange values, TypeRange expected,
                                      StringRef what) {
  if (values.size() != expected.size())
    return op->emitOpError("passes ")
           << values.size() << " values but the loop has " << expected.size() << " " << what;
  if (values.getTypes() != expected)
    return op->emitOpError("passes values of types (")
           << values.getTypes() << ") but the loop's " << what << " have types (" << expected
           << ")";
  return success();
}

LogicalResult ContinueOp::verify() {
  auto loop = cast<LoopOp>((*this)->getParentOp());
  return verifyLoopValues(*this, getValues(), loop.getInits().getTypes(),
                          "loop-carried values");
}

LogicalResult BreakOp::verify() {
  auto loop = cast<LoopOp>((*this)->getParentOp());
  return verifyLoopValues(*this, getValues(), loop.getResultTypes(), "results");
}

//===----------------------------------------------------------------------===//
// GeneratorOp, ResumeOp
//===----------------------------------------------------------------------===//

LogicalResult GeneratorOp::verify() {
  StringRef kind = getKind();
  if (kind != "generator" && kind != "coroutine" && kind != "async_generator")
    return emitOpError("has kind '")
           << kind << "'; expected generator, coroutine or async_generator";
  if (!getBody().empty() && getBody().front().getNumArguments())
    return emitOpError("entry block takes no arguments");
  Block *parent = (*this)->getBlock();
  if (&parent->front() != getOperation() || !parent->isEntryBlock())
    return emitOpError("must be the only op of its function's entry block");
  return success();
}

LogicalResult ResumeOp::verify() {
  if (!(*this)->getParentOfType<GeneratorOp>())
    return emitOpError("is a resume point, so it must be inside a uop.generator region");
  if (&(*this)->getBlock()->front() != getOperation())
    return emitOpError("must be the first op of its block");
  return verifyOffset(*this, getOffset(), "offset");
}

LogicalResult ReloadOp::verify() {
  auto resume = dyn_cast<ResumeOp>(&(*this)->getBlock()->front());
  if (!resume || resume.getOffset() != getOffset())
    return emitOpError("must be in the block of the uop.resume at ") << getOffset();
  for (Operation *op = (*this)->getPrevNode(); op != resume; op = op->getPrevNode())
    if (!isa<ReloadOp>(op))
      return emitOpError("must follow uop.resume directly (after other uop.reload ops only)");
  return success();
}

Value uopjit::uop::cloneHeaderStateOnInits(OpBuilder &b, LoopOp loop) {
  Block &header = loop.getBody().front();
  auto state = dyn_cast<FrameStateOp>(header.front());
  if (!state)
    return Value();
  IRMapping initial;
  initial.map(header.getArguments(), loop.getInits());
  return b.clone(*state, initial)->getResult(0);
}

//===----------------------------------------------------------------------===//
// CastOp
//===----------------------------------------------------------------------===//

Value uopjit::uop::stripCasts(Value value) {
  while (auto cast = value.getDefiningOp<CastOp>())
    value = cast.getValue();
  return value;
}

StringRef uopjit::uop::observedArgType(Value v) {
  auto arg = dyn_cast<BlockArgument>(stripCasts(v));
  auto func = arg ? dyn_cast<FuncOp>(arg.getOwner()->getParentOp()) : FuncOp();
  if (!func || arg.getOwner() != &func.getBody().front())
    return {};
  std::optional<ArrayAttr> observed = func.getObservedArgTypes();
  if (!observed || arg.getArgNumber() >= observed->size())
    return {};
  return cast<StringAttr>((*observed)[arg.getArgNumber()]).getValue();
}

OpFoldResult CastOp::fold(FoldAdaptor) {
  if (getValue().getType() == getType())
    return getValue();
  // A cast of a cast: cast the original value once.
  if (auto inner = getValue().getDefiningOp<CastOp>()) {
    if (inner.getValue().getType() == getType())
      return inner.getValue();
    getValueMutable().assign(inner.getValue());
    return getResult();
  }
  return {};
}
