//===- uop-stencils.cpp - compile the uop bodies into stencil tables ------===//
//
//   uop-stencils --clang=CLANG --source=Stencil.c -o Stencils.inc -- CFLAGS...
//
// The build step of the copy-and-patch backend. For every uop of the
// catalog that has a C body, it compiles Stencil.c with
// -DUOP_STENCIL_<NAME> to assembly, moves the blocks that leave the
// compiled code into a cold section (moveColdBlocks), assembles that into
// an object file, reads the object with LLVM's Object library and writes,
// as C tables:
//
//  - the stencil's bytes: its hot part (its code up to where it runs on
//    into the next uop), then its cold part (cold code, read-only data);
//  - its holes: every relocation, as (offset, how to patch, what value):
//    one of the _JIT_* symbols Stencil.c declares, a place inside the
//    stencil itself (in either part), or an external symbol (a CPython
//    API function or object, or one of our support functions);
//  - the list of external symbols, so the runtime takes their addresses
//    from the linker rather than looking them up.
//
// A stencil must not have writable data (a static variable would be copied
// per use): that is an error naming the uop.
//
//===----------------------------------------------------------------------===//

#include "uopjit/IR/UopInfo.h"
#include "uopjit/Runtime/StencilHoles.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/BinaryFormat/ELF.h"

#include <map>
#include <optional>

using namespace llvm;

static cl::opt<std::string> clangPath("clang", cl::desc("the C compiler (clang-22)"),
                                      cl::Required);
static cl::opt<std::string> sourcePath("source", cl::desc("runtime/lib/Stencil.c"), cl::Required);
static cl::opt<std::string> outputPath("o", cl::desc("the generated tables"), cl::Required);
static cl::opt<std::string> workDir("work-dir", cl::desc("where the objects go"), cl::Required);
static cl::opt<unsigned> jobs("j", cl::desc("parallel compilations"), cl::init(2));
static cl::list<std::string> cflags(cl::Positional, cl::desc("-- CFLAGS..."));

namespace {

struct Hole {
  uint64_t offset; ///< in its part of the stencil
  UopjitPatch patch;
  UopjitHoleValue value;
  unsigned symbol; // UOPJIT_HOLE_SYMBOL
  int64_t addend;
  bool cold; ///< in the cold part
};

/// The hole a _JIT_* symbol marks, if `name` is one.
std::optional<UopjitHoleValue> jitHole(StringRef name) {
  static const std::pair<const char *, UopjitHoleValue> holes[] = {
#define UOPJIT_HOLE_ENTRY(NAME, SYMBOL) {SYMBOL, UOPJIT_HOLE_##NAME},
      UOPJIT_HOLE_VALUES(UOPJIT_HOLE_ENTRY)
#undef UOPJIT_HOLE_ENTRY
  };
  for (auto [symbol, value] : holes)
    if (symbol && name == symbol)
      return value;
  return std::nullopt;
}

/// A stencil has two parts, laid out apart by CopyPatch.c: the hot part
/// (the function's code up to where it runs on into the next uop) goes
/// with the other uops' hot parts, in program order; the cold part (the
/// blocks that leave the compiled code, then read-only data) goes after
/// all of them.
struct Stencil {
  std::string uop;
  std::vector<uint8_t> hot, cold;
  uint64_t coldCode = 0; ///< bytes of code at the start of `cold`
  std::vector<Hole> holes;
  uint64_t align = 1; ///< of the cold part: its read-only data's alignment
};

[[noreturn]] void fatal(const Twine &message) {
  WithColor::error(errs(), "uop-stencils") << message << "\n";
  exit(1);
}

class SymbolTable {
public:
  unsigned get(StringRef name) {
    auto [it, inserted] = index.try_emplace(name, names.size());
    if (inserted)
      names.push_back(name.str());
    return it->second;
  }
  std::vector<std::string> names;

private:
  StringMap<unsigned> index;
};

bool isCode(const object::SectionRef &s) { return s.isText(); }
bool isReadOnlyData(const object::ELFSectionRef &s) {
  return !s.isText() && (s.getFlags() & ELF::SHF_ALLOC) && !(s.getFlags() & ELF::SHF_WRITE) &&
         s.getType() == ELF::SHT_PROGBITS;
}
bool isWritable(const object::ELFSectionRef &s) {
  return (s.getFlags() & ELF::SHF_ALLOC) && (s.getFlags() & ELF::SHF_WRITE);
}

/// Where the jump through rax whose address is the ABS64 hole `h` ends
/// (uopjit_jump_through_rax_end), or 0.
uint64_t jumpThroughRaxEnd(const Stencil &s, const Hole &h) {
  const std::vector<uint8_t> &part = h.cold ? s.cold : s.hot;
  return h.patch == UOPJIT_PATCH_ABS64
             ? uopjit_jump_through_rax_end(part.data(), part.size(), h.offset)
             : 0;
}

/// Copies of the hot parts are laid out in program order, so a stencil
/// whose hot part ends by jumping to the next uop can instead run on into
/// it: that last `movabs $_JIT_CONTINUE, %rax ; [pop %reg ;] jmp *%rax` is
/// cut (keeping the pop). Only when every jump address the stencil loads
/// is jumped to right away (no other path reaches the cut `jmp`).
void trimContinuation(Stencil &s) {
  const Hole *last = nullptr;
  for (const Hole &h : s.holes) {
    if (h.value != UOPJIT_HOLE_CONTINUE && h.value != UOPJIT_HOLE_TARGET)
      continue;
    uint64_t end = jumpThroughRaxEnd(s, h);
    if (end == 0)
      return;
    if (!h.cold && end == s.hot.size() && h.value == UOPJIT_HOLE_CONTINUE && h.addend == 0)
      last = &h;
  }
  if (!last)
    return;
  uint64_t movabs = last->offset - 2;
  bool pop = s.hot.size() - movabs == 13;
  if (pop)
    s.hot[movabs] = s.hot[movabs + 10];
  s.hot.resize(movabs + (pop ? 1 : 0));
  llvm::erase_if(s.holes, [&](const Hole &h) { return !h.cold && h.offset >= movabs; });
}

/// With -fcf-protection every stencil starts with `endbr64`, the mark of
/// an indirect branch target. Copies of stencils reach each other by
/// direct jumps or by running on; only a function's entries are branched
/// to indirectly (run_compiled's call, a generator's resume), and the
/// runtime puts an `endbr64` before those (CopyPatch.c). So every stencil
/// loses its own: 4 bytes and an instruction less per uop.
void stripEndbr(Stencil &s) {
  static const uint8_t endbr64[] = {0xf3, 0x0f, 0x1e, 0xfa};
  if (s.hot.size() < 4 || !std::equal(std::begin(endbr64), std::end(endbr64), s.hot.begin()))
    return;
  s.hot.erase(s.hot.begin(), s.hot.begin() + 4);
  for (Hole &h : s.holes) {
    if (h.value == UOPJIT_HOLE_SELF)
      h.addend -= 4; // a place in the hot part, now 4 bytes earlier
    if (h.cold)
      continue;
    if (h.offset < 4)
      fatal("uop " + s.uop + ": a hole inside its endbr64");
    h.offset -= 4;
  }
}

/// The section the cold blocks of a stencil's assembly go to.
constexpr StringLiteral coldSection = ".ltext.cold";

/// Moves the blocks at the end of a stencil's assembly that leave the
/// compiled code (to a `ret`: a deopt, an error) or free an object (a call
/// of _Py_Dealloc, after which the cost of a jump back is nothing) into
/// the section `.ltext.cold`, which becomes the stencil's cold part: laid
/// out after every uop's hot part, so the hot path of a function is
/// contiguous, and a guard costs a `jcc` rather than its ~25-byte exit
/// block and a jump over it. clang already places such blocks last (the
/// bodies mark exits unlikely); this finds where they begin. A block is
/// cold when it frees an object, or when it does not jump to another uop
/// and everything it may reach is cold; only a run of cold blocks at the
/// end moves, and only from a block that cannot fall into it. A jump
/// between the parts becomes a `jcc/jmp rel32` with a relocation, patched
/// like any other hole. Sound whatever the split: code means the same in
/// either section.
std::string moveColdBlocks(StringRef text) {
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  auto code = [](StringRef line) { return line.split('#').first.trim(); };
  size_t entry = 0, end = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].starts_with("_JIT_ENTRY:"))
      entry = i;
    else if (entry && lines[i].starts_with(".Lfunc_end")) {
      end = i;
      break;
    }
  }
  if (!entry || !end)
    return text.str();

  struct Block {
    explicit Block(size_t begin) : begin(begin) {}
    size_t begin, end = 0; ///< its lines
    std::vector<StringRef> labels, jumps;
    bool fallsThrough = true; ///< its last instruction lets control reach the next block
    bool leavesUop = false;   ///< it tail-jumps to another uop
    bool frees = false;       ///< it calls _Py_Dealloc
  };
  std::vector<Block> blocks{Block(entry + 1)};
  bool hasInstruction = false;
  for (size_t i = entry + 1; i < end; ++i) {
    StringRef line = code(lines[i]);
    bool label = line.starts_with(".LBB") && line.ends_with(":");
    if ((label || lines[i].starts_with("# %bb.")) && hasInstruction) {
      size_t begin = i; // with the alignment of a loop head
      while (code(lines[begin - 1]).starts_with(".p2align"))
        --begin;
      blocks.back().end = begin;
      blocks.emplace_back(begin);
      hasInstruction = false;
    }
    Block &b = blocks.back();
    if (label)
      b.labels.push_back(line.drop_back());
    if (label || line.empty() || line.starts_with("."))
      continue; // a label, a comment or a directive
    hasInstruction = true;
    StringRef mnemonic = line.take_until([](char c) { return isspace(c); });
    StringRef operand = line.drop_front(mnemonic.size()).trim();
    b.fallsThrough = true;
    b.leavesUop = false;
    b.frees |= operand.starts_with("$_Py_Dealloc,");
    if (mnemonic == "ret" || mnemonic == "retq" || mnemonic == "ud2") {
      b.fallsThrough = false;
    } else if (mnemonic == "jmp" || mnemonic == "jmpq") {
      b.fallsThrough = false;
      if (operand.starts_with(".L"))
        b.jumps.push_back(operand);
      else
        b.leavesUop = true;
    } else if (mnemonic.starts_with("j") && operand.starts_with(".L")) {
      b.jumps.push_back(operand);
    }
  }
  blocks.back().end = end;

  StringMap<size_t> blockOf;
  for (size_t b = 0; b < blocks.size(); ++b)
    for (StringRef label : blocks[b].labels)
      blockOf[label] = b;
  size_t n = blocks.size();
  std::vector<bool> cold(n, true);
  cold[0] = false;
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t b = 1; b < n; ++b) {
      if (!cold[b] || blocks[b].frees)
        continue;
      bool hot = blocks[b].leavesUop || (blocks[b].fallsThrough && b + 1 < n && !cold[b + 1]);
      for (StringRef target : blocks[b].jumps) {
        auto it = blockOf.find(target);
        hot |= it == blockOf.end() || !cold[it->second];
      }
      if (hot) {
        cold[b] = false;
        changed = true;
      }
    }
  }
  size_t first = n;
  while (first > 1 && cold[first - 1])
    --first;
  while (first < n && blocks[first - 1].fallsThrough)
    ++first;
  if (first == n)
    return text.str();

  std::string out;
  auto emit = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i)
      out += lines[i].str() + "\n";
  };
  emit(0, blocks[first].begin);
  out += ("\t.pushsection\t" + coldSection + ",\"axl\",@progbits\n").str();
  emit(blocks[first].begin, end);
  out += "\t.popsection\n";
  emit(end, lines.size());
  return out;
}

Stencil readStencil(StringRef uop, StringRef objectPath, SymbolTable &symbols) {
  auto binary = object::ObjectFile::createObjectFile(objectPath);
  if (!binary)
    fatal(objectPath + ": " + toString(binary.takeError()));
  auto *obj = dyn_cast<object::ELFObjectFileBase>(binary->getBinary());
  if (!obj)
    fatal(objectPath + ": not an ELF object");
  Stencil stencil;
  stencil.uop = uop.str();
  // The hot part is the code; the cold part the cold code, then read-only
  // data, each section at its alignment (hot code needs none: a stencil
  // runs on from the previous one).
  struct Place {
    bool cold;
    uint64_t at;
  };
  std::map<uint64_t, Place> placed; // section index -> where in the stencil
  auto place = [&](object::SectionRef section, bool cold) {
    std::vector<uint8_t> &part = cold ? stencil.cold : stencil.hot;
    uint64_t align = cold ? std::max<uint64_t>(section.getAlignment().value(), 1) : 1;
    if (cold)
      stencil.align = std::max(stencil.align, align);
    uint64_t at = alignTo(part.size(), align);
    Expected<StringRef> contents = section.getContents();
    if (!contents)
      fatal(objectPath + ": " + toString(contents.takeError()));
    part.resize(at, 0xcc); // int3 between sections
    part.insert(part.end(), contents->bytes_begin(), contents->bytes_end());
    placed[section.getIndex()] = {cold, at};
  };
  auto isColdCode = [](object::SectionRef s) {
    return cantFail(s.getName()) == coldSection;
  };
  for (object::ELFSectionRef section : obj->sections()) {
    if (isWritable(section) && section.getSize() > 0)
      fatal("uop " + uop + ": its body has writable data (" +
            cantFail(section.getName()) + "), which a stencil cannot have");
    if (isCode(section) && section.getSize() > 0 && !isColdCode(section))
      place(section, false);
  }
  for (object::ELFSectionRef section : obj->sections())
    if (isCode(section) && section.getSize() > 0 && isColdCode(section))
      place(section, true);
  stencil.coldCode = stencil.cold.size();
  for (object::ELFSectionRef section : obj->sections())
    if (isReadOnlyData(section) && section.getSize() > 0)
      place(section, true);

  for (object::SymbolRef symbol : obj->symbols())
    if (cantFail(symbol.getName()) == "_JIT_ENTRY") {
      Place p = placed.at(cantFail(symbol.getSection())->getIndex());
      if (p.cold || p.at + cantFail(symbol.getValue()) != 0)
        fatal("uop " + uop + ": its code does not start at its entry");
    }

  for (object::ELFSectionRef section : obj->sections()) {
    auto target = section.getRelocatedSection();
    if (!target || *target == obj->section_end() || !placed.count((*target)->getIndex()))
      continue;
    Place base = placed.at((*target)->getIndex());
    for (object::ELFRelocationRef reloc : section.relocations()) {
      Hole hole{base.at + reloc.getOffset(), UOPJIT_PATCH_ABS64, UOPJIT_HOLE_SELF, 0,
                cantFail(reloc.getAddend()), base.cold};
      switch (reloc.getType()) {
      case ELF::R_X86_64_64:
        hole.patch = UOPJIT_PATCH_ABS64;
        break;
      case ELF::R_X86_64_32:
        hole.patch = UOPJIT_PATCH_ABS32;
        break;
      case ELF::R_X86_64_32S:
        hole.patch = UOPJIT_PATCH_ABS32S;
        break;
      case ELF::R_X86_64_PC32:
      case ELF::R_X86_64_PLT32:
        hole.patch = UOPJIT_PATCH_PC32;
        break;
      default:
        fatal("uop " + uop + ": unsupported relocation type " + Twine(reloc.getType()));
      }
      object::symbol_iterator sym = reloc.getSymbol();
      if (sym == obj->symbol_end())
        fatal("uop " + uop + ": relocation without a symbol");
      StringRef name = cantFail(sym->getName());
      auto symSection = cantFail(sym->getSection());
      if (symSection != obj->section_end()) {
        if (!placed.count(symSection->getIndex()))
          fatal("uop " + uop + ": refers to section " + cantFail(symSection->getName()) +
                ", which is not part of the stencil");
        Place p = placed.at(symSection->getIndex());
        hole.value = p.cold ? UOPJIT_HOLE_COLD : UOPJIT_HOLE_SELF;
        hole.addend += p.at + cantFail(sym->getValue());
      } else if (std::optional<UopjitHoleValue> value = jitHole(name)) {
        hole.value = *value;
      } else {
        hole.value = UOPJIT_HOLE_SYMBOL;
        hole.symbol = symbols.get(name);
      }
      if (hole.addend != int32_t(hole.addend))
        fatal("uop " + uop + ": a relocation's addend does not fit in 32 bits");
      stencil.holes.push_back(hole);
    }
  }
  trimContinuation(stencil);
  stripEndbr(stencil);
  return stencil;
}

const char *patchName(UopjitPatch p) {
  static const char *names[] = {
#define UOPJIT_PATCH_NAME(NAME) "UOPJIT_PATCH_" #NAME,
      UOPJIT_PATCHES(UOPJIT_PATCH_NAME)
#undef UOPJIT_PATCH_NAME
  };
  return names[p];
}
const char *valueName(UopjitHoleValue v) {
  static const char *names[] = {
#define UOPJIT_HOLE_NAME(NAME, SYMBOL) "UOPJIT_HOLE_" #NAME,
      UOPJIT_HOLE_VALUES(UOPJIT_HOLE_NAME)
#undef UOPJIT_HOLE_NAME
  };
  return names[v];
}

/// The uops the catalog generator gives variants for small opargs.
const StringRef opargVariantUops[] = {
#define UOP_OPARG_VARIANT_DECLARATION(NAME) #NAME,
#define UOP_OPARG_VARIANT_DECLARATIONS
#include "uopjit/IR/UopCases.c.inc"
#undef UOP_OPARG_VARIANT_DECLARATIONS
#undef UOP_OPARG_VARIANT_DECLARATION
};

/// One compilation of Stencil.c: a uop's stencil, or its variant for one
/// oparg.
struct Build {
  const uopjit::UopInfo *info;
  int oparg; ///< -1: the general stencil
  std::string name() const {
    return std::string(info->name) + (oparg < 0 ? "" : "_OPARG" + std::to_string(oparg));
  }
};

} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "compile the uop bodies into stencils\n");
  auto clang = sys::findProgramByName(clangPath);
  if (!clang)
    fatal("cannot find " + clangPath);
  sys::fs::create_directories(workDir);

  // Every uop with a body, then the variants for small opargs of those the
  // catalog generator marks (hasOpargVariants in UopTblgen.cpp).
  std::vector<Build> builds;
  for (const uopjit::UopInfo &info : uopjit::allUops())
    if (*info.cBody)
      builds.push_back({&info, -1});
  std::vector<Build> variants;
  for (const uopjit::UopInfo &info : uopjit::allUops())
    if (llvm::is_contained(opargVariantUops, StringRef(info.name)))
      for (int oparg = 0; oparg < UOPJIT_OPARG_VARIANTS; ++oparg)
        variants.push_back({&info, oparg});
  builds.insert(builds.end(), variants.begin(), variants.end());

  // Compile each to assembly, move its cold blocks into a section of
  // their own, assemble: `jobs` clangs at a time.
  auto path = [&](const Build &b, StringRef suffix) {
    SmallString<256> path(workDir);
    sys::path::append(path, b.name() + suffix);
    return std::string(path);
  };
  auto runAll = [&](StringRef what, auto argsOf) {
    std::vector<std::pair<sys::ProcessInfo, const Build *>> running;
    auto waitOne = [&]() {
      auto [process, build] = running.front();
      running.erase(running.begin());
      std::string error;
      sys::ProcessInfo done = sys::Wait(process, std::nullopt, &error);
      if (done.ReturnCode != 0)
        fatal(what + " the stencil " + build->name() + " failed" +
              (error.empty() ? "" : ": " + error));
    };
    for (const Build &b : builds) {
      std::vector<std::string> args = argsOf(b);
      std::vector<StringRef> argRefs(args.begin(), args.end());
      std::string error;
      sys::ProcessInfo process = sys::ExecuteNoWait(*clang, argRefs, std::nullopt, {}, 0, &error);
      if (process.Pid == sys::ProcessInfo::InvalidPid)
        fatal("cannot run " + *clang + ": " + error);
      running.push_back({process, &b});
      if (running.size() >= jobs)
        waitOne();
    }
    while (!running.empty())
      waitOne();
  };
  runAll("compiling", [&](const Build &b) {
    std::vector<std::string> args = {*clang, "-S", sourcePath, "-o", path(b, ".s"),
                                     "-DUOP_STENCIL",
                                     std::string("-DUOP_STENCIL_") + b.info->name};
    if (b.oparg >= 0)
      args.push_back("-DUOP_FIXED_OPARG=" + std::to_string(b.oparg));
    args.insert(args.end(), cflags.begin(), cflags.end());
    return args;
  });
  for (const Build &b : builds) {
    auto text = MemoryBuffer::getFile(path(b, ".s"));
    if (!text)
      fatal(path(b, ".s") + ": " + text.getError().message());
    std::error_code ec;
    raw_fd_ostream split(path(b, ".split.s"), ec);
    if (ec)
      fatal(path(b, ".split.s") + ": " + ec.message());
    split << moveColdBlocks((*text)->getBuffer());
  }
  runAll("assembling", [&](const Build &b) {
    return std::vector<std::string>{*clang, "-c", path(b, ".split.s"), "-o", path(b, ".o")};
  });

  SymbolTable symbols;
  std::vector<Stencil> stencils;
  for (const Build &b : builds) {
    stencils.push_back(readStencil(b.name(), path(b, ".o"), symbols));
    // CopyPatch.c fills _JIT_CONST with co_consts[immediate 0].
    bool usesConst = llvm::any_of(stencils.back().holes,
                                  [](const Hole &h) { return h.value == UOPJIT_HOLE_CONST; });
    if (usesConst && (b.info->imms.empty() || b.info->imms[0] != uopjit::ImmKind::oparg))
      fatal("uop " + b.name() + ": CONST() needs the oparg as its first immediate");
  }

  std::error_code ec;
  ToolOutputFile out(outputPath, ec, sys::fs::OF_Text);
  if (ec)
    fatal(outputPath + ": " + ec.message());
  raw_ostream &os = out.os();
  os << "/* Generated by uop-stencils from the catalog's uop bodies: do not edit. */\n\n";
  os << "#ifdef UOPJIT_STENCIL_SYMBOL\n";
  for (const std::string &name : symbols.names)
    os << "UOPJIT_STENCIL_SYMBOL(" << name << ")\n";
  os << "#undef UOPJIT_STENCIL_SYMBOL\n#else\n\n";
  for (const Stencil &s : stencils) {
    std::vector<uint8_t> bytes(s.hot);
    bytes.insert(bytes.end(), s.cold.begin(), s.cold.end());
    os << "static const unsigned char stencil_code_" << s.uop << "[" << bytes.size() << "] = {";
    for (size_t i = 0; i < bytes.size(); ++i)
      os << (i % 16 ? "" : "\n  ") << formatv("{0:x2},", bytes[i]);
    os << "\n};\n";
    os << "static const UopjitHole stencil_holes_" << s.uop << "[] = {\n";
    for (const Hole &h : s.holes)
      os << formatv("  {{{0}, {1}, {2}, {3}, {4}, {5}},\n", h.offset, h.addend, h.symbol,
                    patchName(h.patch), valueName(h.value), int(h.cold));
    if (s.holes.empty())
      os << "  {0, 0, 0, 0, 0, 0},\n";
    os << "};\n";
  }
  auto entry = [&](const Stencil &s) {
    return formatv("{{stencil_code_{0}, {1}, {2}, {3}, stencil_holes_{0}, {4}, {5}}", s.uop,
                   s.hot.size() + s.cold.size(), s.hot.size(), s.coldCode, s.holes.size(),
                   s.align)
        .str();
  };
  os << "\nstatic const UopjitStencil uopjit_stencils[] = {\n";
  for (auto [b, s] : llvm::zip(builds, stencils))
    if (b.oparg < 0)
      os << "  [UOPJIT_" << s.uop << "] = " << entry(s) << ",\n";
  os << "};\n\n/* The variants: UOPJIT_OPARG_VARIANTS per uop, oparg 0 first. */\n"
     << "static const UopjitStencil uopjit_stencil_variants[] = {\n";
  for (auto [b, s] : llvm::zip(builds, stencils))
    if (b.oparg >= 0)
      os << "  " << entry(s) << ",\n";
  if (variants.empty())
    os << "  {0, 0, 0, 0, 0, 0, 0},\n";
  os << "};\n\n/* Per uop with variants: 1 + the index of its first variant; which\n"
     << "   immediate is its oparg. */\n"
     << "static const struct {\n  uint16_t first;\n  uint8_t oparg_imm;\n}"
     << " uopjit_stencil_variant_of[] = {\n";
  for (size_t i = 0; i < variants.size(); i += UOPJIT_OPARG_VARIANTS) {
    const uopjit::UopInfo *info = variants[i].info;
    unsigned imm = llvm::find(info->imms, uopjit::ImmKind::oparg) - info->imms.begin();
    os << formatv("  [UOPJIT_{0}] = {{{1}, {2}},\n", info->name, i + 1, imm);
  }
  os << "};\n\nstatic const char *const uopjit_stencil_symbol_names[] = {\n";
  for (const std::string &name : symbols.names)
    os << "  \"" << name << "\",\n";
  os << "};\n#endif\n";
  out.keep();
  return 0;
}
