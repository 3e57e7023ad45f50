//===- UopInfo.cpp - the generated uop and instruction tables -------------===//

#include "uopjit/IR/UopInfo.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <cassert>
#include <string>

namespace uopjit {

#include "uopjit/IR/UopTables.inc"

llvm::StringRef immName(ImmKind kind) {
  return immNames[static_cast<unsigned>(kind)];
}

const UopInfo &uopInfo(UopKind kind) {
  const UopInfo &info = uopTable[static_cast<unsigned>(kind)];
  assert(info.kind == kind && "uop table out of order");
  return info;
}

llvm::ArrayRef<UopInfo> allUops() { return uopTable; }

const UopInfo *lookupUopByMnemonic(llvm::StringRef mnemonic) {
  static const llvm::StringMap<const UopInfo *> byMnemonic = [] {
    llvm::StringMap<const UopInfo *> map;
    for (const UopInfo &info : uopTable)
      map[info.mnemonic] = &info;
    return map;
  }();
  auto it = byMnemonic.find(mnemonic);
  return it == byMnemonic.end() ? nullptr : it->second;
}

const InstrInfo *instrInfo(int opcode) {
  static const InstrInfo *const *byOpcode = [] {
    static const InstrInfo *table[256] = {};
    for (const InstrInfo &info : instrTable)
      table[info.opcode] = &info;
    return table;
  }();
  return opcode >= 0 && opcode < 256 ? byOpcode[opcode] : nullptr;
}

const InstrInfo *lookupInstr(llvm::StringRef name) {
  for (const InstrInfo &info : instrTable)
    if (name == info.name)
      return &info;
  return nullptr;
}

llvm::ArrayRef<InstrInfo> allInstrs() { return instrTable; }

static int countSlots(llvm::ArrayRef<StackItem> items, int oparg,
                      bool skipPassThrough) {
  int n = 0;
  for (const StackItem &item : items)
    if (!(skipPassThrough && item.passThrough))
      n += item.slots(oparg);
  return n;
}

bool UopInfo::stackDependsOnOparg() const {
  for (llvm::ArrayRef<StackItem> side : {inputs, outputs})
    for (const StackItem &item : side)
      if (item.kind != StackItem::One && item.kind != StackItem::ToLocal)
        return true;
  return false;
}

int UopInfo::numInputSlots(int oparg) const {
  return countSlots(inputs, oparg, /*skipPassThrough=*/false);
}

int UopInfo::numResults(int oparg) const {
  if (has(Suspend))
    return 0;
  int n = 0;
  for (const StackItem &item : outputs)
    if (!item.passThrough)
      n += item.values(oparg);
  return n + (isJump() ? 1 : 0);
}

int UopInfo::stackEffect(int oparg) const {
  return countSlots(outputs, oparg, false) - countSlots(inputs, oparg, false);
}

int UopInfo::stackEffectTaken(int oparg) const {
  return countSlots(hasTakenOutputs ? takenOutputs : outputs, oparg, false) -
         countSlots(inputs, oparg, false);
}

bool InstrInfo::isJump() const {
  return llvm::any_of(macro, [](const MacroStep &s) { return uopInfo(s.uop).isJump(); });
}

int InstrInfo::stackEffectTaken(int oparg) const {
  int effect = 0;
  for (const MacroStep &step : macro) {
    const UopInfo &uop = uopInfo(step.uop);
    if (uop.isJump())
      return effect + uop.stackEffectTaken(oparg);
    effect += uop.stackEffect(oparg);
  }
  return effect;
}

int InstrInfo::stackEffect(int oparg) const {
  int effect = 0;
  for (const MacroStep &step : macro)
    effect += uopInfo(step.uop).stackEffect(oparg);
  return effect;
}

std::string stackItemsText(llvm::ArrayRef<StackItem> items, bool skipPassThrough) {
  std::string s;
  for (const StackItem &item : items) {
    if (skipPassThrough && item.passThrough)
      continue;
    s += (s.empty() ? "" : ", ") + std::string(item.name);
    if (item.kind == StackItem::Array)
      s += "[" + std::string(item.expr) + "]";
    else if (item.kind == StackItem::Cond)
      s += " if (" + std::string(item.expr) + ")";
    else if (item.kind == StackItem::ToLocal)
      s += " -> localsplus[" + std::string(item.expr) + "]";
    else if (item.kind == StackItem::ToFreeVars)
      s += "[" + std::string(item.expr) + "] -> free-variable slots";
  }
  return s;
}

std::string flagNames(uint32_t flags) {
  std::string names;
  for (unsigned bit = 0; bit < std::size(flagNameTable); ++bit)
    if (flags & (1u << bit))
      names += (names.empty() ? "" : ", ") + std::string(flagNameTable[bit]);
  return names;
}

} // namespace uopjit
