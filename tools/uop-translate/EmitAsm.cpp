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
    std::vector<size_t> start(prog.ninsts + 1);
    int missing = -1;
    size_t size = uopjit_layout(&prog, start.data(), &missing);
    if (missing >= 0) {
      func.emitError("no stencil for uop ") << uopInfo((UopKind)missing).name;
      return WalkResult::interrupt();
    }
    std::vector<unsigned char> code(size);
    std::vector<void *> symbols(uopjit_stencil_symbol_count(), nullptr);
    char why[256];
    if (uopjit_copy_and_patch(&prog, code.data(), 0, start.data(), 0, symbols.data(), why,
                              sizeof(why)) < 0) {
      func.emitError(why);
      return WalkResult::interrupt();
    }
    if (!first)
      os << "\n";
    first = false;
    os << llvm::formatv("asm @{0}: {1} uops, {2} bytes ({3:f1} per uop)\n", program->qualname,
                        prog.ninsts, size, prog.ninsts ? double(size) / prog.ninsts : 0.0);
    for (uint32_t i = 0; i < prog.ninsts; ++i) {
      const UopjitInst &inst = prog.insts[i];
      os << llvm::formatv("\n@{0} {1}", i, uopInfo((UopKind)inst.kind).name);
      for (unsigned k = 0; k < inst.nin + inst.nout; ++k)
        os << (k == inst.nin ? " -> r" : k ? ", r" : " r") << prog.pool[inst.ops + k];
      if (inst.target >= 0)
        os << " @" << inst.target;
      os << "\n";
      // From the endbr64 before an entry's stencil; holes are found by
      // their offset in the stencil.
      size_t stencil = uopjit_code_start(&prog, start.data(), i);
      size_t end = start[i + 1];
      for (size_t at = start[i]; at < end;) {
        llvm::MCInst mcInst;
        uint64_t length = 0;
        llvm::ArrayRef<uint8_t> bytes(code.data() + at, end - at);
        if (dis.disassembler->getInstruction(mcInst, length, bytes, at, llvm::nulls()) !=
                llvm::MCDisassembler::Success ||
            length == 0) {
          break; // the int3 padding and read-only data after the code
        }
        std::string text;
        llvm::raw_string_ostream ts(text);
        dis.printer->printInst(&mcInst, at, "", *dis.subtarget, ts);
        if (text.find("int3") != std::string::npos)
          break;
        os << llvm::formatv("  {0,6:x}:{1}", at, text);
        const char *hole = at < stencil ? nullptr
                                         : uopjit_hole_in(&inst, at - stencil, at - stencil + length);
        if (hole)
          os << "    # " << hole;
        os << "\n";
        at += length;
      }
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}
