//===- UopTblgen.cpp - uop-tblgen: generators over the uop catalog --------===//
//
// Reads the catalog (ir/include/uopjit/IR/Catalog.td) and writes, for one
// source of truth, several outputs (like CPython's Tools/cases_generator):
//
//   -gen-uop-kinds    UopKinds.inc: X-macros of uop kinds, flags, immediates
//   -gen-uop-tables   UopTables.inc: UopInfo and InstrInfo tables (C++)
//   -gen-opcode-check OpcodeCheck.inc: static_asserts against opcode.h
//   -gen-uop-docs     docs/uops.md: the reference of every instruction and uop
//   -gen-uop-json     the catalog as JSON, for tests and tools
//   -gen-uop-cases    UopCases.c.inc: one C case per uop with a body, for the
//                     tier-2 interpreter (and the stencils)
//
// It also checks the catalog: unique names and opcodes, immediates that exist
// in the instruction's cache layout, well-formed stack items.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Main.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <map>
#include <optional>
#include <vector>

using namespace llvm;

namespace {

enum Action { GenKinds, GenTables, GenOpcodeCheck, GenDocs, GenJson, GenCases };

cl::opt<Action> action(
    cl::desc("What to generate:"),
    cl::values(
        clEnumValN(GenKinds, "gen-uop-kinds", "uop kinds, flags, immediates"),
        clEnumValN(GenTables, "gen-uop-tables", "UopInfo/InstrInfo tables"),
        clEnumValN(GenOpcodeCheck, "gen-opcode-check",
                   "static_asserts of opcode numbers against opcode.h"),
        clEnumValN(GenDocs, "gen-uop-docs", "docs/uops.md"),
        clEnumValN(GenJson, "gen-uop-json", "the catalog as JSON"),
        clEnumValN(GenCases, "gen-uop-cases", "C cases of the uop bodies")));

//===----------------------------------------------------------------------===//
// The catalog, read from records into plain structs.
//===----------------------------------------------------------------------===//

struct Item {
  std::string name;
  enum Kind { One, Array, Cond, ToLocal, ToFreeVars } kind = One;
  std::string expr; // Array count, Cond condition, ToLocal slot, ToFreeVars count
  bool toLocals() const { return kind == ToLocal || kind == ToFreeVars; }
  bool passThrough = false;
};

/// A Fact record: on a guard, `index` is the SSA operand it names; on any
/// other uop, the SSA result.
struct Fact {
  std::string item, exactType;
  int index;
};

struct Uop {
  const Record *def;
  std::vector<Fact> facts;
  std::string name, mnemonic, summary, cBody;
  std::vector<Item> ins, outs;
  std::optional<std::vector<Item>> takenOuts; // when the taken path differs
  std::vector<const Record *> imms;
  std::vector<const Record *> flags;
  bool has(StringRef flag) const {
    return any_of(flags, [&](const Record *f) { return f->getName() == flag; });
  }
};

struct CacheField {
  std::string name;
  int size;
  int offset;
};

struct Instr {
  const Record *def;
  std::string name, family, doc;
  int opcode;
  bool super;
  std::vector<CacheField> cache;
  std::vector<const Uop *> uops;
  std::vector<const Uop *> genericUops; ///< what a site made generic runs (empty: the family's)
  std::vector<std::string> alsoRuns;
  int cacheEntries() const {
    int n = 0;
    for (const CacheField &f : cache)
      n += f.size;
    return n;
  }
};

struct Catalog {
  std::vector<Uop> uops;
  std::vector<Instr> instrs;
  std::vector<const Record *> flags, imms;
  std::map<const Record *, const Uop *> uopOf;
};

std::vector<Item> readStack(const Record *def, StringRef field) {
  const DagInit *dag = def->getValueAsDag(field);
  std::vector<Item> items;
  for (unsigned i = 0, e = dag->getNumArgs(); i != e; ++i) {
    Item item;
    item.name = dag->getArgNameStr(i).str();
    if (item.name.empty())
      PrintFatalError(def->getLoc(), "stack item " + Twine(i) + " of " +
                                         field + " has no $name");
    const auto *argDef = dyn_cast<DefInit>(dag->getArg(i));
    if (!argDef)
      PrintFatalError(def->getLoc(), "stack item $" + item.name +
                                         " must be obj, Array<..> or Cond<..>");
    const Record *r = argDef->getDef();
    if (r->getName() == "obj") {
      item.kind = Item::One;
    } else if (r->isSubClassOf("Array")) {
      item.kind = Item::Array;
      item.expr = r->getValueAsString("count").str();
    } else if (r->isSubClassOf("Cond")) {
      item.kind = Item::Cond;
      item.expr = r->getValueAsString("cond").str();
    } else if (r->isSubClassOf("ToLocal") || r->isSubClassOf("ToFreeVars")) {
      if (field != "stackOut")
        PrintFatalError(def->getLoc(), "$" + item.name + ": ToLocal and ToFreeVars are outputs");
      item.kind = r->isSubClassOf("ToLocal") ? Item::ToLocal : Item::ToFreeVars;
      item.expr = r->getValueAsString(item.kind == Item::ToLocal ? "slot" : "count").str();
    } else {
      PrintFatalError(def->getLoc(), "stack item $" + item.name + " has kind " +
                                         r->getName() +
                                         "; expected obj, Array<..>, Cond<..>, ToLocal<..> "
                                         "or ToFreeVars<..>");
    }
    items.push_back(std::move(item));
  }
  return items;
}

/// A fact's item must be a single slot with only single slots before it, so
/// that its position in the stack effect is its SSA operand (guards) or
/// result (other uops) index whatever the oparg.
std::vector<Fact> readFacts(const Uop &uop) {
  std::vector<Fact> facts;
  bool guard = uop.has("UopGuard");
  for (const Record *f : uop.def->getValueAsListOfDefs("facts")) {
    Fact fact{f->getValueAsString("item").str(), f->getValueAsString("exactType").str(), -1};
    int index = 0;
    for (const Item &it : guard ? uop.ins : uop.outs) {
      if (!guard && it.passThrough)
        continue;
      if (it.name == fact.item) {
        fact.index = it.kind == Item::One ? index : -1;
        break;
      }
      if (it.kind != Item::One) {
        index = -1;
        break;
      }
      ++index;
    }
    if (fact.index < 0)
      PrintFatalError(uop.def->getLoc(),
                      "fact on $" + fact.item + " of " + uop.name + ": it must name " +
                          (guard ? "an input" : "an output (not passed through)") +
                          " that is one slot, after only single slots");
    facts.push_back(std::move(fact));
  }
  return facts;
}

Catalog readCatalog(const RecordKeeper &records) {
  Catalog cat;
  cat.flags = records.getAllDerivedDefinitions("UopFlag");
  llvm::sort(cat.flags, [](const Record *a, const Record *b) {
    return a->getValueAsInt("bitNumber") < b->getValueAsInt("bitNumber");
  });
  cat.imms = records.getAllDerivedDefinitions("Imm");

  StringSet<> uopNames;
  ArrayRef<const Record *> uopDefs = records.getAllDerivedDefinitions("Uop");
  cat.uops.reserve(uopDefs.size()); // pointers into it stay valid
  for (const Record *def : uopDefs) {
    Uop uop;
    uop.def = def;
    uop.name = def->getValueAsString("name").str();
    uop.mnemonic = def->getValueAsString("opName").str();
    uop.summary = def->getValueAsString("summary").str();
    uop.cBody = def->getValueAsString("cBody").str();
    if (!uopNames.insert(uop.name).second)
      PrintFatalError(def->getLoc(), "uop " + uop.name + " defined twice");
    if (uop.summary.empty())
      PrintFatalError(def->getLoc(), "uop " + uop.name + " has no summary");
    uop.ins = readStack(def, "stackIn");
    uop.outs = readStack(def, "stackOut");
    StringSet<> inNames;
    for (const Item &in : uop.ins)
      if (!inNames.insert(in.name).second)
        PrintFatalError(def->getLoc(), "input $" + in.name + " of " + uop.name +
                                           " appears twice");
    for (Item &out : uop.outs) {
      out.passThrough = inNames.contains(out.name);
      if (out.passThrough) {
        const Item &in = *find_if(uop.ins, [&](const Item &i) {
          return i.name == out.name;
        });
        if (in.kind != out.kind || in.expr != out.expr)
          PrintFatalError(def->getLoc(), "$" + out.name + " of " + uop.name +
                                             " is passed through with another shape");
      }
    }
    uop.imms = def->getValueAsListOfDefs("imms");
    uop.flags = def->getValueAsListOfDefs("flags");
    if (!def->isValueUnset("stackOutTaken")) {
      if (!uop.has("UopJump") && !uop.has("UopJumpBack"))
        PrintFatalError(def->getLoc(), uop.name + " has stackOutTaken but does not jump");
      uop.takenOuts = readStack(def, "stackOutTaken");
      for (Item &out : *uop.takenOuts) {
        out.passThrough = inNames.contains(out.name);
        if (!out.passThrough && none_of(uop.outs, [&](const Item &o) { return o.name == out.name; }))
          PrintFatalError(def->getLoc(), "taken-path output $" + out.name + " of " + uop.name +
                                             " is neither an input nor an output");
      }
    }
    uop.facts = readFacts(uop);
    cat.uops.push_back(std::move(uop));
  }
  llvm::sort(cat.uops, [](const Uop &a, const Uop &b) { return a.name < b.name; });
  for (const Uop &uop : cat.uops)
    cat.uopOf[uop.def] = &uop;

  std::map<int, const Record *> opcodes;
  StringSet<> instrNames;
  for (const Record *def : records.getAllDerivedDefinitions("Instr")) {
    Instr in;
    in.def = def;
    in.name = def->getValueAsString("name").str();
    in.family = def->getValueAsString("family").str();
    in.doc = def->getValueAsString("doc").str();
    in.opcode = def->getValueAsInt("opcode");
    in.super = def->getValueAsBit("superinstruction");
    if (!instrNames.insert(in.name).second)
      PrintFatalError(def->getLoc(), "instruction " + in.name + " defined twice");
    if (in.opcode < 0 || in.opcode > 255)
      PrintFatalError(def->getLoc(), "opcode of " + in.name + " out of range");
    if (!opcodes.emplace(in.opcode, def).second)
      PrintFatalError(def->getLoc(), "opcode " + Twine(in.opcode) + " of " +
                                         in.name + " is already used by " +
                                         opcodes[in.opcode]->getValueAsString("name"));
    int offset = 0;
    for (const Record *f :
         def->getValueAsDef("cache")->getValueAsListOfDefs("fields")) {
      int size = f->getValueAsInt("size");
      in.cache.push_back({f->getValueAsString("name").str(), size, offset});
      offset += size;
    }
    // The uops of one of the instruction's macros, their cache fields checked.
    auto readMacro = [&](StringRef field, std::vector<const Uop *> &into) {
      for (const Record *u : def->getValueAsListOfDefs(field)) {
        const Uop *uop = cat.uopOf.at(u);
        for (const Record *imm : uop->imms) {
          StringRef immName = imm->getValueAsString("name");
          if (immName == "oparg")
            continue;
          if (immName == "next_oparg") {
            if (def->getValueAsListOfStrings("alsoRuns").empty() &&
                !def->getValueAsBit("superinstruction"))
              PrintFatalError(def->getLoc(), "uop " + uop->name + " of " + in.name +
                                                 " reads next_oparg, but " + in.name +
                                                 " is no superinstruction and runs no next "
                                                 "instruction (alsoRuns)");
            continue;
          }
          if (none_of(in.cache, [&](const CacheField &f) { return f.name == immName; }))
            PrintFatalError(def->getLoc(),
                            "uop " + uop->name + " of " + in.name + " reads cache field '" +
                                immName + "', which the instruction's cache layout lacks");
        }
        into.push_back(uop);
      }
    };
    readMacro("uops", in.uops);
    readMacro("genericUops", in.genericUops);
    if (in.uops.empty())
      PrintFatalError(def->getLoc(), "instruction " + in.name + " has no uops");
    for (StringRef next : def->getValueAsListOfStrings("alsoRuns"))
      in.alsoRuns.push_back(next.str());
    cat.instrs.push_back(std::move(in));
  }
  for (const Instr &in : cat.instrs) {
    if (!instrNames.contains(in.family))
      PrintFatalError(in.def->getLoc(), "family " + in.family + " of " + in.name +
                                            " is not an instruction");
    for (const std::string &next : in.alsoRuns)
      if (!instrNames.contains(next))
        PrintFatalError(in.def->getLoc(), "alsoRuns of " + in.name + " names " + next +
                                              ", which is not an instruction");
  }
  llvm::sort(cat.instrs,
             [](const Instr &a, const Instr &b) { return a.opcode < b.opcode; });
  return cat;
}

/// `s` as the inside of a C string literal.
/// `s` as the inside of a C string literal. (LLVM's printEscapedString
/// writes "\0A" for a newline, which C reads as NUL then 'A'.)
std::string escapeString(StringRef s) {
  std::string out;
  for (char c : s) {
    if (c == '\n')
      out += "\\n";
    else if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if ((unsigned char)c < 0x20) {
      char octal[8];
      snprintf(octal, sizeof(octal), "\\%03o", (unsigned)(unsigned char)c);
      out += octal;
    }
    else
      out += c;
  }
  return out;
}

std::string flagEnumName(const Record *flag) {
  return flag->getName().drop_front(3).str(); // "UopGuard" -> "Guard"
}

std::string immEnumName(const Record *imm) {
  return imm->getValueAsString("name").str();
}

/// A C++ identifier for an expression's evaluator.
std::string exprFunction(StringRef expr, std::map<std::string, std::string> &fns) {
  auto [it, inserted] = fns.emplace(expr.str(), "");
  if (inserted)
    it->second = "expr" + std::to_string(fns.size() - 1);
  return it->second;
}

//===----------------------------------------------------------------------===//
// Generators.
//===----------------------------------------------------------------------===//

void emitKinds(const Catalog &cat, raw_ostream &os) {
  emitSourceFileHeader("uop kinds, flags and immediates", os);
  os << "#ifdef UOP_KIND\n";
  for (const Uop &uop : cat.uops)
    os << "UOP_KIND(" << uop.name << ")\n";
  os << "#undef UOP_KIND\n#endif\n\n#ifdef UOP_FLAG\n";
  for (const Record *f : cat.flags)
    os << "UOP_FLAG(" << flagEnumName(f) << ", " << f->getValueAsInt("bitNumber") << ")\n";
  os << "#undef UOP_FLAG\n#endif\n\n#ifdef UOP_IMM\n";
  for (const Record *imm : cat.imms)
    os << "UOP_IMM(" << immEnumName(imm) << ")\n";
  os << "#undef UOP_IMM\n#endif\n";
}

void emitItems(raw_ostream &os, StringRef var, const std::vector<Item> &items,
               std::map<std::string, std::string> &fns) {
  if (items.empty())
    return;
  os << "static const StackItem " << var << "[] = {";
  for (const Item &it : items) {
    static const char *kinds[] = {"StackItem::One", "StackItem::Array", "StackItem::Cond",
                                  "StackItem::ToLocal", "StackItem::ToFreeVars"};
    os << "{\"" << it.name << "\", " << kinds[it.kind] << ", ";
    if (it.kind == Item::One)
      os << "nullptr, nullptr";
    else
      os << "\"" << it.expr << "\", " << exprFunction(it.expr, fns);
    os << ", " << (it.passThrough ? "true" : "false") << "}, ";
  }
  os << "};\n";
}

void emitTables(const Catalog &cat, raw_ostream &os) {
  emitSourceFileHeader("uop and instruction tables", os);
  // Expression evaluators first, then the tables that point at them.
  std::map<std::string, std::string> fns;
  std::string body;
  raw_string_ostream tables(body);

  for (const Uop &uop : cat.uops) {
    emitItems(tables, uop.name + "_in", uop.ins, fns);
    emitItems(tables, uop.name + "_out", uop.outs, fns);
    if (uop.takenOuts)
      emitItems(tables, uop.name + "_taken", *uop.takenOuts, fns);
    if (!uop.facts.empty()) {
      tables << "static const UopFact " << uop.name << "_facts[] = {";
      for (const Fact &f : uop.facts)
        tables << "{" << f.index << ", \"" << f.exactType << "\"}, ";
      tables << "};\n";
    }
    if (!uop.imms.empty()) {
      tables << "static const ImmKind " << uop.name << "_imms[] = {";
      for (const Record *imm : uop.imms)
        tables << "ImmKind::" << immEnumName(imm) << ", ";
      tables << "};\n";
    }
  }
  tables << "\nstatic const UopInfo uopTable[] = {\n";
  for (const Uop &uop : cat.uops) {
    std::string flags;
    for (const Record *f : uop.flags)
      flags += (flags.empty() ? "" : " | ") + flagEnumName(f);
    auto ref = [&](bool nonEmpty, StringRef suffix) {
      return nonEmpty ? "llvm::ArrayRef(" + uop.name + suffix.str() + ")"
                      : std::string("{}");
    };
    tables << formatv("  {{UopKind::{0}, \"{0}\", \"{1}\", \"{2}\", {3}, {4}, {5}, {6}, {7}, "
                      "{8}, \"{9}\", {10}},\n",
                      uop.name, uop.mnemonic, escapeString(uop.summary),
                      flags.empty() ? "0" : flags, ref(!uop.ins.empty(), "_in"),
                      ref(!uop.outs.empty(), "_out"),
                      ref(uop.takenOuts && !uop.takenOuts->empty(), "_taken"),
                      uop.takenOuts ? "true" : "false", ref(!uop.imms.empty(), "_imms"),
                      escapeString(uop.cBody), ref(!uop.facts.empty(), "_facts"));
  }
  tables << "};\n\n";

  // A macro's immediates (where each comes from in the cache) and its steps,
  // named <instr><suffix>_imm<i> and <instr><suffix>_macro.
  auto emitMacro = [&](const Instr &in, StringRef suffix, ArrayRef<const Uop *> uops) {
    std::string prefix = in.name + suffix.str();
    for (auto [i, uop] : enumerate(uops)) {
      if (uop->imms.empty())
        continue;
      tables << "static const ImmSource " << prefix << "_imm" << i << "[] = {";
      for (const Record *imm : uop->imms) {
        StringRef immName = imm->getValueAsString("name");
        int offset = immName == "next_oparg" ? -2 : -1, size = 0;
        for (const CacheField &f : in.cache)
          if (f.name == immName)
            offset = f.offset, size = f.size;
        tables << "{ImmKind::" << immName << ", " << offset << ", " << size << "}, ";
      }
      tables << "};\n";
    }
    tables << "static const MacroStep " << prefix << "_macro[] = {";
    for (auto [i, uop] : enumerate(uops)) {
      tables << "{UopKind::" << uop->name << ", ";
      if (uop->imms.empty())
        tables << "{}}, ";
      else
        tables << "llvm::ArrayRef(" << prefix << "_imm" << i << ")}, ";
    }
    tables << "};\n";
  };
  for (const Instr &in : cat.instrs) {
    emitMacro(in, "", in.uops);
    if (!in.genericUops.empty())
      emitMacro(in, "_generic", in.genericUops);
    if (!in.alsoRuns.empty()) {
      tables << "static const char *const " << in.name << "_alsoRuns[] = {";
      for (const std::string &next : in.alsoRuns)
        tables << "\"" << next << "\", ";
      tables << "};\n";
    }
  }
  tables << "\nstatic const InstrInfo instrTable[] = {\n";
  for (const Instr &in : cat.instrs) {
    int familyOpcode = find_if(cat.instrs, [&](const Instr &i) {
                         return i.name == in.family;
                       })->opcode;
    tables << formatv("  {{\"{0}\", {1}, \"{2}\", {3}, {4}, {5}, llvm::ArrayRef({0}_macro), {6}, {7}},\n",
                      in.name, in.opcode, in.family, familyOpcode,
                      in.super ? "true" : "false", in.cacheEntries(),
                      in.alsoRuns.empty() ? "{}" : "llvm::ArrayRef(" + in.name + "_alsoRuns)",
                      in.genericUops.empty() ? "{}"
                                             : "llvm::ArrayRef(" + in.name + "_generic_macro)");
  }
  tables << "};\n\n";
  tables << "static const char *const immNames[] = {";
  for (const Record *imm : cat.imms)
    tables << "\"" << imm->getValueAsString("name") << "\", ";
  tables << "};\n";
  tables << "static const char *const flagNameTable[] = {";
  for (const Record *f : cat.flags)
    tables << "\"" << f->getValueAsString("name") << "\", ";
  tables << "};\n";

  for (const auto &[expr, fn] : fns)
    os << "static int " << fn << "(int oparg) { return (" << expr << "); }\n";
  os << "\n" << body;
}

void emitOpcodeCheck(const Catalog &cat, raw_ostream &os) {
  emitSourceFileHeader("catalog opcodes checked against opcode.h", os);
  for (const Instr &in : cat.instrs)
    os << formatv("static_assert({0} == {1}, \"catalog: {0} is opcode {1}\");\n",
                  in.name, in.opcode);
}

std::string stackText(const Uop &uop, bool taken = false) {
  auto side = [](const std::vector<Item> &items) {
    std::string s;
    for (const Item &it : items) {
      if (!s.empty())
        s += ", ";
      s += it.name;
      if (it.kind == Item::Array)
        s += "[" + it.expr + "]";
      else if (it.kind == Item::Cond)
        s += " if (" + it.expr + ")";
      else if (it.kind == Item::ToLocal)
        s += " -> localsplus[" + it.expr + "]";
      else if (it.kind == Item::ToFreeVars)
        s += "[" + it.expr + "] -> the free-variable slots";
    }
    return s;
  };
  std::string ins = side(uop.ins), outs = side(taken ? *uop.takenOuts : uop.outs);
  return (ins.empty() ? "" : ins + " ") + "--" + (outs.empty() ? "" : " " + outs);
}

/// Net stack effect of a uop sequence as text: "-1", "1 - (oparg)", ...
/// Outputs of a suspending uop count: the resume point pushes them.
std::string netEffectText(ArrayRef<const Uop *> uops) {
  int constant = 0;
  std::vector<std::string> terms;
  auto add = [&](const std::vector<Item> &items, int sign) {
    for (const Item &it : items) {
      if (it.toLocals())
        continue; // stored into locals, not pushed
      if (it.kind == Item::One)
        constant += sign;
      else if (it.kind == Item::Array)
        terms.push_back((sign > 0 ? "+ " : "- ") + ("(" + it.expr + ")"));
      else
        terms.push_back((sign > 0 ? "+ " : "- ") + ("!!(" + it.expr + ")"));
    }
  };
  for (const Uop *u : uops) {
    add(u->outs, +1);
    add(u->ins, -1);
  }
  // Drop pairs that cancel (pass-through arrays).
  for (size_t i = 0; i < terms.size(); ++i)
    for (size_t j = i + 1; j < terms.size(); ++j)
      if (terms[i].substr(2) == terms[j].substr(2) && terms[i][0] != terms[j][0]) {
        terms.erase(terms.begin() + j);
        terms.erase(terms.begin() + i);
        --i;
        break;
      }
  std::string s = std::to_string(constant);
  for (const std::string &t : terms)
    s += " " + t;
  return s;
}

std::string flagList(const Uop &uop) {
  std::string s;
  for (const Record *f : uop.flags)
    s += (s.empty() ? "" : ", ") + f->getValueAsString("name").str();
  return s.empty() ? "—" : s;
}

std::string immList(const Uop &uop) {
  std::string s;
  for (const Record *imm : uop.imms)
    s += (s.empty() ? "" : ", ") + imm->getValueAsString("name").str();
  return s.empty() ? "—" : s;
}

void emitDocs(const Catalog &cat, raw_ostream &os) {
  os << "<!-- Generated by uop-tblgen -gen-uop-docs from ir/include/uopjit/IR/Catalog.td.\n"
        "     Do not edit: change the catalog and rebuild; test/lit/catalog/docs-fresh.test fails when stale. -->\n";
  os << "# uop reference: every CPython 3.11 instruction and the uops it expands into\n\n";
  os << "Each CPython 3.11 opcode (from `/usr/include/python3.11/opcode.h`, except\n"
        "`CACHE`, `HAVE_ARGUMENT`, `DO_TRACING` and the `*_ADAPTIVE` forms, which never\n"
        "reach the JIT) is a macro of uops. Guards are uops of their own; a\n"
        "specialized instruction is its guards followed by its action. Stack effects are\n"
        "written as in CPython's DSL: `inputs -- outputs`, top of the stack last; a name\n"
        "on both sides is a slot passed through unchanged; `x[n]` is n slots; `x if (c)`\n"
        "is a slot present only when c holds. In the `uop` dialect each uop is the op\n"
        "`uop.<name in lower case>`.\n\n";
  os << formatv("The catalog has {0} instructions and {1} uops.\n\n", cat.instrs.size(),
                cat.uops.size());

  os << "## Flags\n\n| flag | meaning |\n|---|---|\n";
  for (const Record *f : cat.flags)
    os << "| `" << f->getValueAsString("name") << "` | " << f->getValueAsString("doc")
       << " |\n";
  os << "\nA uop with `guard`, `error`, `escapes`, `eval-breaker` or `suspend` needs a\n"
        "frame state (`frame %fs` in the dialect).\n\n";
  os << "## Immediates\n\n| immediate | meaning |\n|---|---|\n";
  for (const Record *imm : cat.imms)
    os << "| `" << imm->getValueAsString("name") << "` | " << imm->getValueAsString("doc")
       << " |\n";

  os << "\n## Instructions\n\n"
        "| opcode | instruction | family | cache | uops | net stack effect |\n"
        "|---:|---|---|---|---|---|\n";
  for (const Instr &in : cat.instrs) {
    std::string uops, cache;
    for (const Uop *u : in.uops)
      uops += (uops.empty() ? "" : ", ") + ("[`" + u->name + "`](#" + u->mnemonic + ")");
    for (const CacheField &f : in.cache)
      cache += (cache.empty() ? "" : ", ") + f.name + ":" + std::to_string(f.size);
    std::string family = in.family == in.name ? "—" : "`" + in.family + "`";
    if (in.super)
      family += " (superinstruction: then the next code unit)";
    for (const std::string &next : in.alsoRuns)
      family += " (also runs the next `" + next + "`)";
    for (const Uop *u : in.genericUops)
      family += " (a site made generic runs [`" + u->name + "`](#" + u->mnemonic + "))";
    os << formatv("| {0} | `{1}` | {2} | {3} | {4} | {5} |\n", in.opcode, in.name, family,
                  cache.empty() ? "—" : cache, uops, netEffectText(in.uops));
  }

  os << "\n## Uops\n\n";
  std::map<const Uop *, std::vector<std::string>> usedBy;
  for (const Instr &in : cat.instrs)
    for (const Uop *u : in.uops)
      if (usedBy[u].empty() || usedBy[u].back() != in.name)
        usedBy[u].push_back(in.name);
  for (const Instr &in : cat.instrs)
    for (const Uop *u : in.genericUops)
      usedBy[u].push_back(in.name + " (a site made generic)");
  for (const Uop &uop : cat.uops) {
    os << "### `" << uop.name << "` {#" << uop.mnemonic << "}\n\n";
    os << uop.summary << "\n\n";
    os << "- op: `uop." << uop.mnemonic << "`\n";
    os << "- stack: `" << stackText(uop) << "`";
    if (uop.takenOuts)
      os << "; when the jump is taken: `" << stackText(uop, /*taken=*/true) << "`";
    os << "\n";
    os << "- immediates: " << immList(uop) << "\n";
    os << "- flags: " << flagList(uop) << "\n";
    if (!uop.facts.empty()) {
      std::string facts;
      for (const Fact &f : uop.facts)
        facts += (facts.empty() ? "`" : ", `") + f.item + "` is exactly `" + f.exactType + "`";
      os << "- facts" << (uop.has("UopGuard") ? " (after the guard)" : "") << ": " << facts
         << "\n";
    }
    std::string users;
    for (const std::string &n : usedBy[&uop])
      users += (users.empty() ? "" : ", ") + ("`" + n + "`");
    os << "- used by: " << (users.empty() ? "—" : users) << "\n\n";
  }
}

void emitJson(const Catalog &cat, raw_ostream &os) {
  auto items = [](const std::vector<Item> &v) {
    json::Array a;
    for (const Item &it : v) {
      static const char *kinds[] = {"one", "array", "cond", "to_local", "to_free_vars"};
      a.push_back(json::Object{{"name", it.name},
                               {"kind", kinds[it.kind]},
                               {"expr", it.expr},
                               {"pass_through", it.passThrough}});
    }
    return a;
  };
  json::Array uops, instrs;
  for (const Uop &uop : cat.uops) {
    json::Array flags, imms;
    for (const Record *f : uop.flags)
      flags.push_back(f->getValueAsString("name"));
    for (const Record *i : uop.imms)
      imms.push_back(i->getValueAsString("name"));
    uops.push_back(json::Object{{"name", uop.name},
                                {"mnemonic", uop.mnemonic},
                                {"summary", uop.summary},
                                {"inputs", items(uop.ins)},
                                {"outputs", items(uop.outs)},
                                {"outputs_taken", uop.takenOuts ? json::Value(items(*uop.takenOuts))
                                                                : json::Value(nullptr)},
                                {"immediates", std::move(imms)},
                                {"flags", std::move(flags)}});
  }
  for (const Instr &in : cat.instrs) {
    json::Array uopNames, genericUopNames, cache, alsoRuns;
    for (const std::string &next : in.alsoRuns)
      alsoRuns.push_back(next);
    for (const Uop *u : in.uops)
      uopNames.push_back(u->name);
    for (const Uop *u : in.genericUops)
      genericUopNames.push_back(u->name);
    for (const CacheField &f : in.cache)
      cache.push_back(json::Object{{"name", f.name}, {"size", f.size}});
    instrs.push_back(json::Object{{"name", in.name},
                                  {"opcode", in.opcode},
                                  {"family", in.family},
                                  {"superinstruction", in.super},
                                  {"cache", std::move(cache)},
                                  {"also_runs", std::move(alsoRuns)},
                                  {"uops", std::move(uopNames)},
                                  {"generic_uops", std::move(genericUopNames)}});
  }
  os << formatv("{0:2}", json::Value(json::Object{{"uops", std::move(uops)},
                                                   {"instructions", std::move(instrs)}}))
     << "\n";
}

//===----------------------------------------------------------------------===//
// -gen-uop-cases: each body wrapped as a case (docs/backend.md). Operands of
// a uop in the flat program are its inputs then its results, in the
// dialect's order; the case gives them the catalog's names, gathers arrays
// into buffers, and stores the results back after the body.
//===----------------------------------------------------------------------===//

/// Where the next operand of a uop is: a literal position while every item
/// before it is one slot (so a stencil can patch it in as a constant), then
/// a counter (`var`) once an array or conditional item came first.
class OperandCursor {
public:
  explicit OperandCursor(std::string var) : var(std::move(var)) {}
  /// Outputs start where the inputs end.
  OperandCursor(std::string var, const OperandCursor &inputs, raw_ostream &os)
      : var(std::move(var)), pos(inputs.pos), dynamic(inputs.dynamic), from(inputs.var) {
    if (dynamic)
      makeDynamic(os);
  }
  std::string next() { return dynamic ? var + "++" : std::to_string(pos++); }
  bool isStatic() const { return !dynamic; }
  int position() const { return pos; }
  void makeDynamic(raw_ostream &os) {
    if (!declared)
      os << "  int " << var << " = " << (dynamic ? from : std::to_string(pos)) << ";\n";
    declared = dynamic = true;
  }

private:
  std::string var;
  int pos = 0;
  bool dynamic = false, declared = false;
  std::string from;
};

/// Whether C `code` uses the identifier `name` (a whole word).
bool mentions(StringRef code, StringRef name) {
  auto isIdent = [](char c) { return isAlnum(c) || c == '_'; };
  for (size_t at = code.find(name); at != StringRef::npos; at = code.find(name, at + 1)) {
    size_t end = at + name.size();
    if ((at == 0 || !isIdent(code[at - 1])) && (end == code.size() || !isIdent(code[end])))
      return true;
  }
  return false;
}

/// The results of a uop whose one conditional result (LOAD_GLOBAL's NULL)
/// comes before plain ones, after inputs at known positions: one branch per
/// value of the condition, each storing at known positions, which a stencil
/// patches in, rather than at positions read from the operand pool. False
/// (nothing written) for any other shape.
bool emitCondOutputs(const Uop &uop, const OperandCursor &in, bool jumps, raw_ostream &os) {
  if (uop.has("UopSuspend") || !in.isStatic())
    return false;
  const Item *cond = nullptr;
  for (const Item &item : uop.outs) {
    if (item.passThrough)
      continue;
    if (item.kind == Item::Cond && !cond)
      cond = &item;
    else if (item.kind != Item::One && item.kind != Item::ToLocal)
      return false;
  }
  if (!cond)
    return false;
  auto stores = [&](bool withCond) {
    int pos = in.position();
    for (const Item &item : uop.outs)
      if (!item.passThrough && (withCond || &item != cond))
        os << "    OUTPUT(" << pos++ << ") = " << item.name << ";\n";
    if (jumps)
      os << "    OUTPUT(" << pos << ") = FROM_RAW(taken);\n";
  };
  os << "  if (" << cond->expr << ") {\n";
  stores(true);
  os << "  } else {\n";
  stores(false);
  os << "  }\n";
  return true;
}

bool isOutlined(const Uop &uop);

/// Whether `uop` gets stencil variants compiled for small opargs (0 to
/// UOPJIT_OPARG_VARIANTS - 1, runtime/lib/Stencil.c): a copied body whose
/// operand count follows its oparg (an array, an optional input). The
/// general stencil reads such operands' registers from the program's pool
/// in a loop (an unpack: 39 instructions); one compiled for a known oparg
/// has them as holes and the loops unrolled (15).
bool hasOpargVariants(const Uop &uop) {
  if (uop.cBody.empty() || isOutlined(uop) || uop.has("UopSuspend"))
    return false;
  bool oparg = any_of(uop.imms, [](const Record *imm) {
    return imm->getValueAsString("name") == "oparg";
  });
  // A conditional output is stored without reading the pool
  // (emitCondOutputs).
  return oparg && (any_of(uop.ins,
                          [](const Item &item) {
                            return item.kind == Item::Array || item.kind == Item::Cond;
                          }) ||
                   any_of(uop.outs, [](const Item &item) {
                     return !item.passThrough &&
                            (item.kind == Item::Array || item.kind == Item::ToFreeVars);
                   }));
}

/// Whether the machine code of `uop` calls one shared copy of its body
/// (runtime/lib/Outlined.c) rather than holding a copy per use: a uop that
/// raises or runs Python code anyway and gathers or makes an array of
/// operands (a call, a build, an unpack). Such a body is hundreds of bytes
/// of machine code (CALL's: 500), copied at every use, which fills the
/// instruction cache; the call costs little next to what the body does.
/// Not a jump, a return, a yield or a uop of the lowering.
bool isOutlined(const Uop &uop) {
  if (!uop.has("UopError") && !uop.has("UopEscapes"))
    return false;
  for (StringRef flag : {"UopJump", "UopJumpBack", "UopExit", "UopSuspend", "UopBackend"})
    if (uop.has(flag))
      return false;
  for (StringRef control : {"RETURN_WITH", "GOTO_TARGET", "SUSPEND", "UOP_NEXT"})
    if (mentions(uop.cBody, control))
      return false;
  return any_of(uop.ins,
                [&](const Item &item) {
                  return item.kind == Item::Array && mentions(uop.cBody, item.name);
                }) ||
         any_of(uop.outs, [](const Item &item) {
           return !item.passThrough && (item.kind == Item::Array || item.kind == Item::ToFreeVars);
         });
}

void emitCases(const Catalog &cat, raw_ostream &os) {
  emitSourceFileHeader("uop bodies as cases of the tier-2 interpreter", os);
  os << "/* Every uop with a C body; the runtime defines UOP_CASE, INPUT, OUTPUT,\n"
        "   IMM, UOP_NEXT and the macros the bodies use (runtime/lib/UopBody.h).\n"
        "   UOP_CASE_OUTLINED marks a body the machine code calls rather than\n"
        "   copies (runtime/lib/Outlined.c). */\n\n";
  // With UOP_OUTLINED_DECLARATIONS: only the list of outlined uops; with
  // UOP_OPARG_VARIANT_DECLARATIONS, of those with stencil variants.
  os << "#ifdef UOP_OUTLINED_DECLARATIONS\n";
  for (const Uop &uop : cat.uops)
    if (!uop.cBody.empty() && isOutlined(uop))
      os << "UOP_OUTLINED_DECLARATION(" << uop.name << ")\n";
  os << "#elif defined(UOP_OPARG_VARIANT_DECLARATIONS)\n";
  for (const Uop &uop : cat.uops)
    if (hasOpargVariants(uop))
      os << "UOP_OPARG_VARIANT_DECLARATION(" << uop.name << ")\n";
  os << "#else\n\n";
  const char *caseEnd = "  UOP_NEXT();\n  UOP_EPILOGUE();\n}\n#endif\n\n";
  for (const Uop &uop : cat.uops) {
    if (uop.cBody.empty())
      continue;
    os << "#if !defined(UOP_STENCIL) || defined(UOP_STENCIL_" << uop.name << ")\n";
    // Uops that can raise, run Python code or suspend record the running
    // instruction in the frame first, for tracebacks, warnings and
    // sys._getframe(). Guards need not: a deopt records it on the way out.
    bool recordsInstr = uop.has("UopError") || uop.has("UopEscapes") || uop.has("UopSuspend");
    os << (isOutlined(uop) ? "UOP_CASE_OUTLINED(" : "UOP_CASE(") << uop.name
       << ") {\n  UOP_PROLOGUE(" << recordsInstr << ");\n";
    for (auto [i, imm] : enumerate(uop.imms)) {
      StringRef width = imm->getValueAsString("width");
      StringRef load = width == "u32" ? "IMM_U32" : width == "s32" ? "IMM_S32" : "IMM";
      StringRef name = imm->getValueAsString("name");
      // A stencil variant for one oparg (hasOpargVariants) knows it.
      if (name == "oparg" && hasOpargVariants(uop))
        os << "#ifdef UOP_FIXED_OPARG\n  const int64_t oparg = UOP_FIXED_OPARG;\n#else\n";
      os << "  const int64_t " << name << " = " << load << "(" << i << ");\n";
      if (name == "oparg" && hasOpargVariants(uop))
        os << "#endif\n";
    }
    OperandCursor in("_in");
    for (const Item &item : uop.ins) {
      switch (item.kind) {
      case Item::One:
        os << "  PyObject *" << item.name << " = INPUT(" << in.next() << ");\n";
        break;
      case Item::Cond:
        in.makeDynamic(os);
        os << "  PyObject *" << item.name << " = (" << item.expr << ") ? INPUT(_in++) : NULL;\n";
        break;
      default: // Array
        in.makeDynamic(os);
        os << formatv("  const int {0}_count = ({1});\n", item.name, item.expr);
        // A guard that passes the array through without looking at it
        // (GUARD_CALLEE_FUNCTION's args) only steps over its operands.
        if (!mentions(uop.cBody, item.name)) {
          os << formatv("  _in += {0}_count;\n", item.name);
          break;
        }
        os << formatv("  PyObject **{0} = SCRATCH_IN;\n"
                      "  for (int _k = 0; _k < {0}_count; _k++)\n"
                      "    {0}[_k] = INPUT(_in++);\n",
                      item.name);
        break;
      }
    }
    bool jumps = uop.has("UopJump") || uop.has("UopJumpBack");
    for (const Item &item : uop.outs) {
      if (item.passThrough)
        continue;
      if (item.kind == Item::Array || item.kind == Item::ToFreeVars)
        os << formatv("  const int {0}_count = ({1});\n"
                      "  PyObject **{0} = SCRATCH_OUT;\n",
                      item.name, item.expr);
      else
        os << "  PyObject *" << item.name << " = NULL;\n";
    }
    if (jumps)
      os << "  int taken = 0;\n";
    os << "  {" << uop.cBody << "}\n";
    if (emitCondOutputs(uop, in, jumps, os)) {
      os << caseEnd;
      continue;
    }
    OperandCursor out("_out", in, os);
    for (const Item &item : uop.outs) {
      // A suspending uop's outputs are made where it resumes (uop.resume).
      if (item.passThrough || uop.has("UopSuspend"))
        continue;
      switch (item.kind) {
      case Item::One:
      case Item::ToLocal:
        os << "  OUTPUT(" << out.next() << ") = " << item.name << ";\n";
        break;
      case Item::Cond:
        out.makeDynamic(os);
        os << "  if (" << item.expr << ")\n    OUTPUT(_out++) = " << item.name << ";\n";
        break;
      default:
        out.makeDynamic(os);
        os << formatv("  for (int _k = 0; _k < {0}_count; _k++)\n"
                      "    OUTPUT(_out++) = {0}[_k];\n",
                      item.name);
        break;
      }
    }
    if (jumps)
      os << "  OUTPUT(" << out.next() << ") = FROM_RAW(taken);\n";
    os << caseEnd;
  }
  os << "#endif // UOP_OUTLINED_DECLARATIONS\n";
}

bool generate(raw_ostream &os, const RecordKeeper &records) {
  Catalog cat = readCatalog(records);
  switch (action) {
  case GenKinds:
    emitKinds(cat, os);
    break;
  case GenTables:
    emitTables(cat, os);
    break;
  case GenOpcodeCheck:
    emitOpcodeCheck(cat, os);
    break;
  case GenDocs:
    emitDocs(cat, os);
    break;
  case GenJson:
    emitJson(cat, os);
    break;
  case GenCases:
    emitCases(cat, os);
    break;
  }
  return false;
}

} // namespace

int main(int argc, char **argv) {
  cl::ParseCommandLineOptions(argc, argv);
  return TableGenMain(argv[0], &generate);
}
