//===- UopTypes.cpp - types of the `uop` dialect --------------------------===//
//
// `!uop.object` prints its facts in a fixed order:
//   !uop.object<nonnull, exact "float", version 12, const 1.5 : f64>
//
//===----------------------------------------------------------------------===//

#include "uopjit/Dialect/Uop/Uop.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace uopjit::uop;

#define GET_TYPEDEF_CLASSES
#include "uopjit/Dialect/Uop/UopTypes.cpp.inc"

void UopDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "uopjit/Dialect/Uop/UopTypes.cpp.inc"
      >();
}

Type ObjectType::parse(AsmParser &parser) {
  bool nonNull = false;
  StringAttr exact;
  std::optional<uint32_t> version;
  Attribute constant;
  if (failed(parser.parseOptionalLess()))
    return get(parser.getContext());
  auto parseFact = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef keyword;
    if (parser.parseKeyword(&keyword))
      return failure();
    if (keyword == "nonnull") {
      nonNull = true;
    } else if (keyword == "exact") {
      std::string name;
      if (parser.parseString(&name))
        return failure();
      exact = StringAttr::get(parser.getContext(), name);
    } else if (keyword == "version") {
      SMLoc valueLoc = parser.getCurrentLocation();
      APInt v;
      if (parser.parseInteger(v))
        return failure();
      if (v.isNegative() || v.getActiveBits() > 32)
        return parser.emitError(valueLoc, "a type version is an unsigned 32-bit value");
      version = v.getZExtValue();
    } else if (keyword == "const") {
      if (parser.parseAttribute(constant))
        return failure();
    } else {
      return parser.emitError(loc, "unknown object fact '")
             << keyword << "'; expected nonnull, exact, version or const";
    }
    return success();
  };
  if (parser.parseCommaSeparatedList(parseFact) || parser.parseGreater())
    return {};
  return get(parser.getContext(), nonNull, exact, version, constant);
}

void ObjectType::print(AsmPrinter &printer) const {
  if (isUnknown())
    return;
  SmallVector<std::function<void()>> facts;
  if (getNonNull())
    facts.push_back([&] { printer << "nonnull"; });
  if (getExactType())
    facts.push_back([&] {
      printer << "exact \"";
      llvm::printEscapedString(getExactType().getValue(), printer.getStream());
      printer << "\"";
    });
  if (getTypeVersion())
    facts.push_back([&] { printer << "version " << *getTypeVersion(); });
  if (getConstant())
    facts.push_back([&] { printer << "const " << getConstant(); });
  printer << "<";
  llvm::interleaveComma(facts, printer, [](const std::function<void()> &f) { f(); });
  printer << ">";
}

//===----------------------------------------------------------------------===//
// Facts as a lattice: join keeps what both sides know, meet what either does.
//===----------------------------------------------------------------------===//

namespace uopjit::uop {

/// `nonnull` is implied by `exact` and `const`; the canonical form spells it
/// only when nothing else implies it.
static ObjectType makeFacts(MLIRContext *ctx, bool nonNull, StringAttr exact,
                            std::optional<uint32_t> version, Attribute constant) {
  if (exact || constant)
    nonNull = false;
  return ObjectType::get(ctx, nonNull, exact, version, constant);
}

static bool isNonNull(ObjectType t) {
  return t.getNonNull() || t.getExactType() || t.getConstant();
}

ObjectType joinFacts(ObjectType a, ObjectType b) {
  if (a == b)
    return a;
  auto same = [](auto x, auto y) { return x == y ? x : decltype(x){}; };
  return makeFacts(a.getContext(), isNonNull(a) && isNonNull(b),
                   same(a.getExactType(), b.getExactType()),
                   same(a.getTypeVersion(), b.getTypeVersion()),
                   same(a.getConstant(), b.getConstant()));
}

FailureOr<ObjectType> meetFacts(ObjectType a, ObjectType b) {
  if (a == b)
    return a;
  bool conflict = false;
  auto either = [&](auto x, auto y) {
    if (x && y && x != y)
      conflict = true;
    return x ? x : y;
  };
  ObjectType t = makeFacts(a.getContext(), isNonNull(a) || isNonNull(b),
                           either(a.getExactType(), b.getExactType()),
                           either(a.getTypeVersion(), b.getTypeVersion()),
                           either(a.getConstant(), b.getConstant()));
  if (conflict)
    return failure();
  return t;
}

bool knowsAll(ObjectType a, ObjectType b) { return joinFacts(a, b) == b; }

ObjectType exactObjectType(MLIRContext *ctx, llvm::StringRef typeName, Attribute constant) {
  return ObjectType::get(ctx, false, StringAttr::get(ctx, typeName), std::nullopt, constant);
}

bool isExactly(Type type, llvm::StringRef typeName) {
  auto object = dyn_cast<ObjectType>(type);
  return object && object.getExactType() && object.getExactType().getValue() == typeName;
}

std::optional<int64_t> intConstant(Type type) {
  if (!isExactly(type, "int"))
    return std::nullopt;
  if (auto i = dyn_cast_or_null<IntegerAttr>(cast<ObjectType>(type).getConstant()))
    return i.getInt();
  return std::nullopt;
}

} // namespace uopjit::uop
