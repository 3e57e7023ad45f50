//===- Passes.td - uopjit's optimization passes -----------------*- tablegen -*-===//
//
// One record per pass; each pass is one file in passes/lib named after it,
// and has a page in docs/passes/. Statistics are PassCounters
// (PassCounters.h): MLIR's own count only in LLVM builds with statistics. The passes run on any op and work on the
// `uop.func`s inside it, so `uop-opt --uop-remove-guards f.uop` and the
// runtime's module-level pipeline use them the same way.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_PASSES_PASSES_TD
#define UOPJIT_PASSES_PASSES_TD

include "mlir/Pass/PassBase.td"

def SpecializeTypes : Pass<"uop-specialize-types"> {
  let summary = "learn what is known of every value and write it into the types";
  let description = [{
    Type speculation as a forward dataflow analysis over SSA values
    (passes/lib/TypeFacts.cpp). The facts are
    those of `!uop.object`: exact type, constant, non-null. They come from
    the catalog (`let facts` of a uop: a float add returns an exact float; a
    guard makes its inputs exact floats below it), from `co_consts` (the
    `consts` of `uop.func`), and they meet at block arguments, loop headers
    and loop exits, iterated to a fixpoint. The pass then writes each value's
    facts into its type; a `uop.cast` narrows a guarded value for the uses
    the guard dominates, and widens a value where it flows into a merge that
    knows less.
  }];
  let dependentDialects = ["::uopjit::uop::UopDialect"];
}

def FoldConstants : Pass<"uop-fold-constants"> {
  let summary = "compute uops on constants at compile time, and jumps on known conditions";
  let description = [{
    Replaces a comparison, int arithmetic, `is` or `not` whose inputs are
    constants (the `const` facts of `--uop-specialize-types`) by a load of
    the result, and a jump whose condition is known by an `arith.constant`
    (canonicalize then removes the branch).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def EraseUnreachableBlocks : Pass<"uop-erase-unreachable-blocks"> {
  let summary = "erase the blocks no path from the entry reaches";
  let description = [{
    After `--uop-fold-constants` decided a jump and canonicalize made it a
    plain branch, the other side has no predecessor: this pass erases it
    (the cheap half of MLIR's region simplification, which the pipeline's
    canonicalize does without).
  }];
}

def RemoveRefcounts : Pass<"uop-remove-refcounts"> {
  let summary = "let registers borrow objects that co_consts or the frame keep alive";
  let description = [{
    Marks constant loads and closure copies (`uop.copy_free_vars`)
    `{borrowed}` and lists in `borrowed_args` the arguments the function
    never rebinds; the lowering then gives their registers no reference of
    their own (no incref, no DECREF).
  }];
}

def Unbox : Pass<"uop-unbox"> {
  let summary = "keep intermediate float and int results as doubles and 64-bit ints, boxing only "
                "where an object is needed";
  let description = [{
    Float arithmetic on exact floats (or a float and an int) becomes
    ADD/SUBTRACT/MULTIPLY_F64 and TRUE_DIVIDE_F64 on `f64` values; int
    arithmetic on exact ints becomes ADD/SUBTRACT/MULTIPLY_I64,
    FLOOR_DIVIDE/REMAINDER_I64, AND/OR/XOR_I64, LSHIFT/RSHIFT_I64 and
    TRUE_DIVIDE_I64 on `i64` values, which deoptimize where the result
    would leave 64 bits. A BOX_FLOAT or BOX_INT serves users that need an
    object, and exits box the values a frame state keeps on its stack.
  }];
}

def SpeculateIterators : Pass<"uop-speculate-iterators"> {
  let summary = "run a for loop over range() or an exact list with the iterator's next() inline";
  let description = [{
    A `uop.for_iter` whose iterator comes from `iter(range(...))` (a call of
    the global named `range`) or from an exact list becomes FOR_ITER_RANGE
    or FOR_ITER_LIST, which run no Python code, behind a GUARD_RANGE_ITER or
    GUARD_LIST_ITER that `--uop-hoist-guards` can move before the loop.
    Sites the runtime made `generic` are left alone.
  }];
}

def HoistGuards : Pass<"uop-hoist-guards"> {
  let summary = "move loop-invariant stable guards out of their loop";
  let description = [{
    A stable guard (an exact builtin type, an int's size) whose checked
    inputs are defined before the loop, in a block that runs on every
    iteration, moves before the `uop.loop`, with the loop header's frame
    state on the loop's initial values. Run before `--uop-specialize-types`,
    so that its facts reach the loop.
  }];
}

def RemoveGuards : Pass<"uop-remove-guards"> {
  let summary = "delete guards whose checks are already known to hold";
  let description = [{
    A guard is deleted when the types of its inputs already carry every fact
    it checks (run `--uop-specialize-types` first), or when a `stable` guard
    with the same inputs and immediates dominates it.
  }];
}

def FuseBranches : Pass<"uop-fuse-branches"> {
  let summary = "make a comparison and the jump that tests it one uop that yields a raw bit";
  let description = [{
    COMPARE_OP_INT/FLOAT/STR and IS_OP whose bool only a POP_JUMP_*_IF_TRUE
    or _IF_FALSE uses become COMPARE_INT_BIT, COMPARE_FLOAT_BIT,
    COMPARE_STR_BIT or IS_BIT: no bool is made, tested and released, and the
    jump's frame state goes away.
  }];
}

#endif
