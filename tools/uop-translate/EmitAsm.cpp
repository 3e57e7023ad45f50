//===- EmitAsm.cpp - uop-translate --emit-asm -----------------------------===//
//
// Shows the machine code the copy-and-patch backend makes for each uop.func:
// the flat program's uops, each followed by its patched stencil,
// disassembled with LLVM MC. Holes that the runtime fills with run-time
// addresses (the UopjitInst, the code unit, CPython's functions) show as 0
// here and are named in a comment; jumps between uops are resolved.
//
//===----------------------------------------------------------------------===//

#include "EmitAsm.h"
#include "uopjit/Dialect/Uop/Uop.h"
#include "uopjit/Lowering/LowerToFlat.h"
#include "uopjit/Runtime/CopyPatch.h"

#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCDisassembler/MCDisassembler.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstPrinter.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;

namespace {
/// The LLVM MC objects a disassembler needs, for x86-64 in AT&T syntax.
struct Disassembler {
  std::unique_ptr<llvm::MCRegisterInfo> regs;
  std::unique_ptr<llvm::MCAsmInfo> asmInfo;
  std::unique_ptr<llvm::MCSubtargetInfo> subtarget;
  std::unique_ptr<llvm::MCInstrInfo> instrs;
  std::unique_ptr<llvm::MCContext> ctx;
  std::unique_ptr<llvm::MCDisassembler> disassembler;
  std::unique_ptr<llvm::MCInstPrinter> printer;

  std::string init() {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllDisassemblers();
    llvm::Triple triple("x86_64-pc-linux-gnu");
    std::string error;
    const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
    if (!target)
      return error;
    llvm::MCTargetOptions options;
    regs.reset(target->createMCRegInfo(triple));
    asmInfo.reset(target->createMCAsmInfo(*regs, triple, options));
    subtarget.reset(target->createMCSubtargetInfo(triple, "", ""));
    instrs.reset(target->createMCInstrInfo());
    ctx = std::make_unique<llvm::MCContext>(triple, asmInfo.get(), regs.get(), subtarget.get());
    disassembler.reset(target->createMCDisassembler(*subtarget, *ctx));
    printer.reset(target->createMCInstPrinter(triple, 0, *asmInfo, *instrs, *regs));
    if (!disassembler || !printer)
      return "no x86-64 disassembler in this LLVM";
    return "";
  }
};
} // namespace

LogicalResult uopjit::emitAsm(Operation *op, llvm::raw_ostream &os) {
  static Disassembler dis;
  static std::string initError = dis.init();
  if (!initError.empty())
    return op->emitError("cannot disassemble: ") << initError;
  bool first = true;
  WalkResult walk = op->walk([&](uop::FuncOp func) {
    FailureOr<FlatProgram> program = lowerToFlat(func, /*requireBodies=*/true);
    if (failed(program))
      return WalkResult::interrupt();
    UopjitProgram prog = program->view();
    std::vector<UopjitPlace> place(prog.ninsts + 1);
    int missing = -1;
    size_t size = uopjit_layout(&prog, place.data(), &missing);
    if (missing >= 0) {
      func.emitError("no stencil for uop ") << uopInfo((UopKind)missing).name;
      return WalkResult::interrupt();
    }
    std::vector<unsigned char> code(size);
    std::vector<void *> symbols(uopjit_stencil_symbol_count(), nullptr);
    char why[256];
    UopjitCodeFacts facts = {0, nullptr, 0, nullptr};
    if (uopjit_copy_and_patch(&prog, code.data(), 0, place.data(), &facts, symbols.data(), why,
                              sizeof(why)) < 0) {
      func.emitError(why);
      return WalkResult::interrupt();
    }
    if (!first)
      os << "\n";
    first = false;
    size_t hot = place[prog.ninsts].hot;
    os << llvm::formatv("asm @{0}: {1} uops, {2} bytes ({3:f1} per uop), hot path {4} bytes "
                        "({5:f1} per uop)\n",
                        program->qualname, prog.ninsts, size,
                        prog.ninsts ? double(size) / prog.ninsts : 0.0, hot,
                        prog.ninsts ? double(hot) / prog.ninsts : 0.0);
    // Disassembles [from, to) of the code; holes are found by their offset
    // in the stencil's part that starts at `stencil`.
    auto list = [&](const UopjitInst &inst, bool cold, size_t stencil, size_t from, size_t to) {
      for (size_t at = from; at < to;) {
        llvm::MCInst mcInst;
        uint64_t length = 0;
        llvm::ArrayRef<uint8_t> bytes(code.data() + at, to - at);
        if (dis.disassembler->getInstruction(mcInst, length, bytes, at, llvm::nulls()) !=
                llvm::MCDisassembler::Success ||
            length == 0)
          break;
        std::string text;
        llvm::raw_string_ostream ts(text);
        dis.printer->printInst(&mcInst, at, "", *dis.subtarget, ts);
        os << llvm::formatv("  {0,6:x}:{1}", at, text);
        const char *hole =
            at < stencil ? nullptr : uopjit_hole_in(&inst, cold, at - stencil, at - stencil + length);
        if (hole)
          os << "    # " << hole;
        os << "\n";
        at += length;
      }
    };
    auto header = [&](uint32_t i, bool cold) {
      const UopjitInst &inst = prog.insts[i];
      os << llvm::formatv("\n@{0} {1}", i, uopInfo((UopKind)inst.kind).name);
      for (unsigned k = 0; k < inst.nin + inst.nout; ++k)
        os << (k == inst.nin ? " -> r" : k ? ", r" : " r") << prog.pool[inst.ops + k];
      if (inst.target >= 0)
        os << " @" << inst.target;
      os << (cold ? " (cold)\n" : "\n");
    };
    // The hot path, uop after uop (from the endbr64 before an entry's
    // stencil), then the cold parts (their code; read-only data follows).
    for (uint32_t i = 0; i < prog.ninsts; ++i) {
      header(i, false);
      list(prog.insts[i], false, uopjit_code_start(&prog, place.data(), i), place[i].hot,
           place[i + 1].hot);
    }
    os << llvm::formatv("\ncold: {0} bytes\n", size - hot);
    for (uint32_t i = 0; i < prog.ninsts; ++i) {
      size_t coldCode = uopjit_cold_code_size(&prog.insts[i]);
      if (coldCode == 0)
        continue;
      header(i, true);
      list(prog.insts[i], true, place[i].cold, place[i].cold, place[i].cold + coldCode);
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}
