//===- uop-catalog.cpp - query the compiled uop catalog -------------------===//
//
// Prints what the tables generated from the catalog say, as compiled into
// uopjit (the same tables the frontend and the dialect use):
//
//   uop-catalog BINARY_OP_ADD_FLOAT   the macro of one instruction, its cache
//                                     layout and stack effect
//   uop-catalog --effects             one line per instruction: opcode, name,
//                                     family opcode, cache entries, the
//                                     instructions it also runs ("-": none),
//                                     the stack effect for oparg 0..7, and
//                                     for a jump "taken" and the effects when
//                                     the jump is taken (tests compare these
//                                     with CPython's dis)
//
//===----------------------------------------------------------------------===//

#include "uopjit/IR/UopInfo.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace uopjit;

static cl::opt<bool> effects("effects", cl::desc("print every instruction's stack effects"));
static cl::list<std::string> names(cl::Positional, cl::desc("<instruction or uop name>..."));

static void describeUop(const UopInfo &uop, raw_ostream &os) {
  os << "  " << uop.name << "  (uop." << uop.mnemonic << ")\n    " << uop.summary << "\n";
  // As docs/uops.md writes it: "left, right -- res".
  auto effect = [](ArrayRef<StackItem> ins, ArrayRef<StackItem> outs) {
    std::string in = stackItemsText(ins), out = stackItemsText(outs);
    return (in.empty() ? "" : in + " ") + "--" + (out.empty() ? "" : " " + out);
  };
  os << "    stack: " << effect(uop.inputs, uop.outputs);
  if (uop.hasTakenOutputs)
    os << " (taken: " << effect(uop.inputs, uop.takenOutputs) << ")";
  os << "\n    immediates:";
  for (ImmKind imm : uop.imms)
    os << ' ' << immName(imm);
  os << "\n    flags: " << flagNames(uop.flags) << "\n";
}

int main(int argc, char **argv) {
  cl::ParseCommandLineOptions(argc, argv, "query uopjit's uop catalog\n");
  raw_ostream &os = outs();
  if (effects) {
    for (const InstrInfo &in : allInstrs()) {
      os << in.opcode << ' ' << in.name << ' ' << in.familyOpcode << ' ' << in.cacheEntries
         << ' ';
      if (in.alsoRuns.empty())
        os << '-';
      llvm::interleave(in.alsoRuns, os, ",");
      for (int oparg = 0; oparg < 8; ++oparg)
        os << ' ' << in.stackEffect(oparg);
      if (in.isJump()) {
        os << " taken";
        for (int oparg = 0; oparg < 8; ++oparg)
          os << ' ' << in.stackEffectTaken(oparg);
      }
      os << '\n';
    }
    return 0;
  }
  int status = 0;
  for (const std::string &name : names) {
    if (const InstrInfo *in = lookupInstr(name)) {
      os << in->name << " (opcode " << in->opcode << ", family " << in->family << ", "
         << in->cacheEntries << " cache entries"
         << (in->superinstruction ? ", superinstruction" : "");
      for (const char *next : in->alsoRuns)
        os << ", also runs the next " << next;
      os << ")\n";
      for (const MacroStep &step : in->macro)
        describeUop(uopInfo(step.uop), os);
      continue;
    }
    bool found = false;
    for (const UopInfo &uop : allUops())
      if (name == uop.name) {
        describeUop(uop, os);
        found = true;
      }
    if (!found) {
      errs() << "uop-catalog: no instruction or uop named '" << name << "'\n";
      status = 1;
    }
  }
  return status;
}
