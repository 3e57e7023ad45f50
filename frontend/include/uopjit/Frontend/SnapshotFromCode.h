//===- SnapshotFromCode.h - snapshots of live code objects ------*- C++ -*-===//
//
// The in-process way to a Snapshot, for the runtime: read a live
// PyCodeObject (its `_co_code_adaptive`, inline caches, constants, names,
// exception and line tables) without going through a dump file. Gives the
// same Snapshot that parseSnapshot reads from `uopjit dump`'s file for the
// same code object (test/lit/frontend/in-process-snapshot.test checks it).
// Call with the GIL held.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_FRONTEND_SNAPSHOTFROMCODE_H
#define UOPJIT_FRONTEND_SNAPSHOTFROMCODE_H

#include "uopjit/Frontend/Snapshot.h"

struct _object; // PyObject

namespace uopjit {

/// The snapshot of a code object (a `types.CodeType`); an error if `code`
/// is not one.
llvm::Expected<Snapshot> snapshotFromCode(struct _object *code);

/// Records in `snapshot` the exact builtin types of the first `n` values
/// of `locals`, a frame's parameters at the start of a call
/// (Snapshot::observedArgTypes).
void observeArguments(Snapshot &snapshot, struct _object *const *locals, int n);

/// Marks generic (SnapshotInstr::generic) the specialized instructions
/// whose inline cache holds a keys version that `globals` or `builtins`
/// (dicts, or null: unknown) no longer have: their guard would fail on the
/// first run. The interpreter's caches go stale when a global is added
/// after the code was specialized (a script's module-level loop binding
/// its variable after the first call); it re-specializes only after
/// dozens of misses, so compiled code would deoptimize in every run.
void markStaleGlobalSites(Snapshot &snapshot, struct _object *globals,
                          struct _object *builtins);

} // namespace uopjit

#endif
