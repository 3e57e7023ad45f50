//===- StaleCaches.cpp - inline caches the interpreter has not refreshed --===//
//
// An inline cache holds what was true when the interpreter specialized the
// instruction; it is refreshed only after dozens of misses. Compiled from a
// stale one, a guard fails on every run. Which cache fields say what, the
// catalog tells (the immediates of each instruction's macro).
//
//===----------------------------------------------------------------------===//

#include "uopjit/Frontend/Snapshot.h"
#include "uopjit/IR/UopInfo.h"

void uopjit::markStaleKeysVersions(Snapshot &snapshot, int64_t globalsVersion,
                                   int64_t builtinsVersion) {
  for (SnapshotInstr &in : snapshot.instrs) {
    const InstrInfo *info = in.adaptive ? nullptr : instrInfo(in.opcode);
    if (!info)
      continue;
    for (const MacroStep &step : info->macro)
      for (const ImmSource &imm : step.imms) {
        int64_t current = imm.kind == ImmKind::module_keys_version    ? globalsVersion
                          : imm.kind == ImmKind::builtin_keys_version ? builtinsVersion
                                                                      : -1;
        if (current < 0 || imm.cacheOffset < 0 ||
            imm.cacheOffset + imm.size > (int)in.caches.size())
          continue;
        if ((int64_t)in.cacheField(imm.cacheOffset, imm.size) != current)
          in.generic = true;
      }
  }
}
