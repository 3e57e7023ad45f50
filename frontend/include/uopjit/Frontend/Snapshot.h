//===- Snapshot.h - a code object's specialized bytecode --------*- C++ -*-===//
//
// What the frontend reads: one code object as the adaptive interpreter left
// it. Made from a dump file (parseSnapshot, the format of docs/snapshot.md,
// written by `uopjit dump`) or, in process, from a live code object by the
// runtime. Plain data: no Python or MLIR types.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_FRONTEND_SNAPSHOT_H
#define UOPJIT_FRONTEND_SNAPSHOT_H

#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace uopjit {

/// One instruction of `_co_code_adaptive` (EXTENDED_ARG prefixes are their
/// own instructions; `oparg` already includes them).
struct SnapshotInstr {
  int offset = 0;  ///< byte offset of this instruction's code unit
  int start = 0;   ///< byte offset of its first EXTENDED_ARG prefix, or offset
  int opcode = 0;  ///< the opcode in the specialized bytecode
  int base = 0;    ///< the generic instruction it specializes (dis._deoptop)
  uint32_t oparg = 0;
  bool adaptive = false; ///< an *_ADAPTIVE form: not specialized (yet or any more)
  /// Import the generic instruction (`base`) instead of this specialized
  /// one: the runtime asks for it at a site whose specialization kept
  /// deoptimizing (a polymorphic site). Never set by CPython.
  bool generic = false;
  std::vector<uint16_t> caches; ///< inline cache entries, raw
  int line = -1, column = -1;   ///< source position, -1 when unknown

  /// The cache field of `size` code units at `offset` (little end first,
  /// as CPython's read_u32 reads it); the caller checks it is in range.
  uint64_t cacheField(int offset, int size) const {
    uint64_t value = 0;
    for (int k = 0; k < size; ++k)
      value |= (uint64_t)caches[offset + k] << (16 * k);
    return value;
  }
};

struct SnapshotConst {
  std::string type; ///< the Python type name: int, float, str, code, ...
  std::string repr;
  std::optional<int64_t> intValue;
  std::optional<double> floatValue;
  std::optional<std::string> strValue;
  std::optional<bool> boolValue;
  std::string codeId; ///< for a code object: the snapshot id it refers to
};

struct SnapshotExceptionEntry {
  int start = 0, end = 0, target = 0, depth = 0;
  bool lasti = false;
};

struct Snapshot {
  std::string python; ///< the interpreter's version, "3.11.2"
  std::string id, name, qualname, filename;
  int firstlineno = 0, flags = 0, argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int stacksize = 0, nlocals = 0, codeSize = 0;
  std::vector<std::string> varnames, cellvars, freevars, names;
  /// The frame's localsplus slots by name: varnames, then the cells that
  /// are not also arguments, then freevars.
  std::vector<std::string> localsplus;
  std::vector<SnapshotConst> consts;
  std::vector<SnapshotInstr> instrs;
  std::vector<SnapshotExceptionEntry> exceptionTable;
  /// The exact builtin type of each parameter in the call that made the
  /// runtime compile this code ("list", "tuple", "dict", "str", "int",
  /// "float"; "" for any other type or an unbound slot): one sample, a hint
  /// for speculation behind guards (--uop-speculate-iterators). Empty when
  /// nothing was observed (a dump file, uopjit.compile()).
  std::vector<std::string> observedArgTypes;

  /// co_flags bits the frontend cares about.
  static constexpr int kGenerator = 0x20, kCoroutine = 0x80, kIterableCoroutine = 0x100,
                       kAsyncGenerator = 0x200;
  int numLocalsPlus() const { return (int)localsplus.size(); }
  /// Slots that hold arguments when the frame starts (positional and
  /// keyword-only parameters, then *args and **kwargs: CO_VARARGS 0x04,
  /// CO_VARKEYWORDS 0x08).
  int numParams() const {
    return argcount + kwonlyargcount + ((flags & 0x04) ? 1 : 0) + ((flags & 0x08) ? 1 : 0);
  }
};

/// The format version this reader understands (snapshot.FORMAT_VERSION).
constexpr int kSnapshotFormatVersion = 1;

/// Parses a dump file. Errors name the field, and the instruction index and
/// offset when it is an instruction that is wrong.
llvm::Expected<Snapshot> parseSnapshot(llvm::StringRef json);

/// The snapshot as JSON in the dump-file format (the fields parseSnapshot
/// reads; `uopjit dump` adds some for people, such as decoded cache fields).
std::string snapshotToJson(const Snapshot &snapshot);

/// Marks generic (SnapshotInstr::generic) the specialized instructions
/// whose inline cache holds a dict keys version other than the current one
/// of the globals (`globalsVersion`) or builtins (`builtinsVersion`; -1:
/// unknown): their guard would fail on the first run. Which cache fields
/// hold keys versions, the catalog says (the module_keys_version and
/// builtin_keys_version immediates of each instruction's macro).
void markStaleKeysVersions(Snapshot &snapshot, int64_t globalsVersion, int64_t builtinsVersion);

} // namespace uopjit

#endif
