//===- uop-stencils.cpp - compile the uop bodies into stencil tables ------===//
//
//   uop-stencils --clang=CLANG --source=Stencil.c -o Stencils.inc -- CFLAGS...
//
// The build step of the copy-and-patch backend. For every uop of the
// catalog that has a C body, it compiles Stencil.c with
// -DUOP_STENCIL_<NAME> into an object file, reads the object with LLVM's
// Object library and writes, as C tables:
//
//  - the stencil's bytes: its code sections, then its read-only data;
//  - its holes: every relocation, as (offset, how to patch, what value):
//    one of the _JIT_* symbols Stencil.c declares, a place inside the
//    stencil itself, or an external symbol (a CPython API function or
//    object, or one of our support functions);
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
  uint64_t offset;
  UopjitPatch patch;
  UopjitHoleValue value;
  unsigned symbol; // UOPJIT_HOLE_SYMBOL
  int64_t addend;
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

struct Stencil {
  std::string uop;
  std::vector<uint8_t> bytes;
  uint64_t entry = 0;
  std::vector<Hole> holes;
  uint64_t align = 1; ///< of its start: its read-only data's alignment
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
  return h.patch == UOPJIT_PATCH_ABS64
             ? uopjit_jump_through_rax_end(s.bytes.data(), s.bytes.size(), h.offset)
             : 0;
}

/// Copies of a uop are laid out in program order, so a stencil that ends by
/// jumping to the next uop can instead run on into it: its last
/// `movabs $_JIT_CONTINUE, %rax ; [pop %reg ;] jmp *%rax` is cut (keeping
/// the pop). Only when the stencil is code alone, and every jump address it
/// loads is jumped to right away (no other path reaches the cut `jmp`).
void trimContinuation(Stencil &s, bool codeOnly) {
  if (!codeOnly)
    return;
  const Hole *last = nullptr;
  for (const Hole &h : s.holes) {
    if (h.value != UOPJIT_HOLE_CONTINUE && h.value != UOPJIT_HOLE_TARGET)
      continue;
    uint64_t end = jumpThroughRaxEnd(s, h);
    if (end == 0)
      return;
    if (end == s.bytes.size() && h.value == UOPJIT_HOLE_CONTINUE && h.addend == 0)
      last = &h;
  }
  if (!last)
    return;
  uint64_t movabs = last->offset - 2;
  bool pop = s.bytes.size() - movabs == 13;
  if (pop)
    s.bytes[movabs] = s.bytes[movabs + 10];
  s.bytes.resize(movabs + (pop ? 1 : 0));
  llvm::erase_if(s.holes, [&](const Hole &h) { return h.offset >= movabs; });
}

/// With -fcf-protection every stencil starts with `endbr64`, the mark of
/// an indirect branch target. Copies of stencils reach each other by
/// direct jumps or by running on; only a function's entries are branched
/// to indirectly (run_compiled's call, a generator's resume), and the
/// runtime puts an `endbr64` before those (CopyPatch.c). So a code-only
/// stencil loses its own: 4 bytes and an instruction less per uop.
void stripEndbr(Stencil &s, bool codeOnly) {
  static const uint8_t endbr64[] = {0xf3, 0x0f, 0x1e, 0xfa};
  if (!codeOnly || s.entry != 0 || s.bytes.size() < 4 ||
      !std::equal(std::begin(endbr64), std::end(endbr64), s.bytes.begin()))
    return;
  s.bytes.erase(s.bytes.begin(), s.bytes.begin() + 4);
  for (Hole &h : s.holes) {
    if (h.offset < 4)
      fatal("uop " + s.uop + ": a hole inside its endbr64");
    h.offset -= 4;
    if (h.value == UOPJIT_HOLE_SELF)
      h.addend -= 4; // a place in the stencil, now 4 bytes earlier
  }
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
  // Lay out code, then read-only data, each section at its alignment (code
  // needs none: a stencil runs on from the previous one).
  std::map<uint64_t, uint64_t> placed; // section index -> offset in the stencil
  auto place = [&](object::SectionRef section) {
    uint64_t align = section.isText() ? 1 : std::max<uint64_t>(section.getAlignment().value(), 1);
    stencil.align = std::max(stencil.align, align);
    uint64_t at = alignTo(stencil.bytes.size(), align);
    Expected<StringRef> contents = section.getContents();
    if (!contents)
      fatal(objectPath + ": " + toString(contents.takeError()));
    stencil.bytes.resize(at, 0xcc); // int3 between sections
    stencil.bytes.insert(stencil.bytes.end(), contents->bytes_begin(), contents->bytes_end());
    placed[section.getIndex()] = at;
  };
  for (object::ELFSectionRef section : obj->sections()) {
    if (isWritable(section) && section.getSize() > 0)
      fatal("uop " + uop + ": its body has writable data (" +
            cantFail(section.getName()) + "), which a stencil cannot have");
    if (isCode(section) && section.getSize() > 0)
      place(section);
  }
  for (object::ELFSectionRef section : obj->sections())
    if (isReadOnlyData(section) && section.getSize() > 0)
      place(section);

  for (object::SymbolRef symbol : obj->symbols())
    if (cantFail(symbol.getName()) == "_JIT_ENTRY") {
      auto section = cantFail(symbol.getSection());
      stencil.entry = placed.at(section->getIndex()) + cantFail(symbol.getValue());
    }

  for (object::ELFSectionRef section : obj->sections()) {
    auto target = section.getRelocatedSection();
    if (!target || *target == obj->section_end() || !placed.count((*target)->getIndex()))
      continue;
    uint64_t base = placed.at((*target)->getIndex());
    for (object::ELFRelocationRef reloc : section.relocations()) {
      Hole hole{base + reloc.getOffset(), UOPJIT_PATCH_ABS64, UOPJIT_HOLE_SELF, 0,
                cantFail(reloc.getAddend())};
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
        hole.value = UOPJIT_HOLE_SELF;
        hole.addend += placed.at(symSection->getIndex()) + cantFail(sym->getValue());
      } else if (std::optional<UopjitHoleValue> value = jitHole(name)) {
        hole.value = *value;
      } else {
        hole.value = UOPJIT_HOLE_SYMBOL;
        hole.symbol = symbols.get(name);
      }
      stencil.holes.push_back(hole);
    }
  }
  trimContinuation(stencil, placed.size() == 1);
  stripEndbr(stencil, placed.size() == 1);
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

  // Compile, `jobs` at a time.
  auto objectPath = [&](const Build &b) {
    SmallString<256> path(workDir);
    sys::path::append(path, b.name() + ".o");
    return std::string(path);
  };
  std::vector<std::pair<sys::ProcessInfo, const Build *>> running;
  auto waitOne = [&]() {
    auto [process, build] = running.front();
    running.erase(running.begin());
    std::string error;
    sys::ProcessInfo done = sys::Wait(process, std::nullopt, &error);
    if (done.ReturnCode != 0)
      fatal(Twine("compiling the stencil ") + build->name() + " failed" +
            (error.empty() ? "" : ": " + error));
  };
  for (const Build &b : builds) {
    std::vector<std::string> args = {*clang, "-c", sourcePath, "-o", objectPath(b),
                                     "-DUOP_STENCIL",
                                     std::string("-DUOP_STENCIL_") + b.info->name};
    if (b.oparg >= 0)
      args.push_back("-DUOP_FIXED_OPARG=" + std::to_string(b.oparg));
    args.insert(args.end(), cflags.begin(), cflags.end());
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

  SymbolTable symbols;
  std::vector<Stencil> stencils;
  for (const Build &b : builds)
    stencils.push_back(readStencil(b.name(), objectPath(b), symbols));

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
    os << "static const unsigned char stencil_code_" << s.uop << "[" << s.bytes.size()
       << "] = {";
    for (size_t i = 0; i < s.bytes.size(); ++i)
      os << (i % 16 ? "" : "\n  ") << formatv("{0:x2},", s.bytes[i]);
    os << "\n};\n";
    os << "static const UopjitHole stencil_holes_" << s.uop << "[] = {\n";
    for (const Hole &h : s.holes)
      os << formatv("  {{{0}, {1}, {2}, {3}, {4}},\n", h.offset, patchName(h.patch),
                    valueName(h.value), h.symbol, h.addend);
    if (s.holes.empty())
      os << "  {0, 0, 0, 0, 0},\n";
    os << "};\n";
  }
  auto entry = [&](const Stencil &s) {
    return formatv("{{stencil_code_{0}, {1}, {2}, stencil_holes_{0}, {3}, {4}}", s.uop,
                   s.bytes.size(), s.entry, s.holes.size(), s.align)
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
    os << "  {0, 0, 0, 0, 0, 0},\n";
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
