//===- UopBase.td - the record format of the uop catalog --------*- tablegen -*-===//
//
// The catalog describes every CPython 3.11 instruction once, as a macro of
// uops (see Catalog.td). This file defines the record classes; it is read by
//   - mlir-tblgen, which turns every `Uop` record into an op of the `uop`
//     dialect (a `Uop` *is* an ODS `Op`), and
//   - uop-tblgen (ir/tblgen), which emits the bytecode -> uop expansion table,
//     the uop metadata table and docs/uops.md.
//
// Stack effects are written like CPython's own DSL (`left, right -- sum`):
// an input and an output with the same name is a slot passed through
// unchanged (a guard peeks at its inputs), so in SSA the op's results are the
// outputs that are not inputs.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_IR_UOPBASE_TD
#define UOPJIT_IR_UOPBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "uopjit/Dialect/Uop/UopTypes.td"

//===----------------------------------------------------------------------===//
// Stack items: the operators of the `(ins ...)` / `(outs ...)` stack dags.
//===----------------------------------------------------------------------===//

// One stack slot holding an object reference.
def obj;
// `count` stack slots; `count` is a C expression of `oparg`.
class Array<string n> { string count = n; }
// One stack slot that is there only when the C expression `cond` (of
// `oparg`) is non-zero, e.g. LOAD_GLOBAL's NULL when `oparg & 1`.
class Cond<string c> { string cond = c; }
// Outputs only: a value the uop stores into a local slot instead of
// pushing it: localsplus[slot] (MAKE_CELL's new cell).
class ToLocal<string s> { string slot = s; }
// Outputs only: `count` values stored into the last `count` localsplus
// slots, the free variables (COPY_FREE_VARS).
class ToFreeVars<string n> { string count = n; }

//===----------------------------------------------------------------------===//
// Flags. Each says something a pass or the runtime must respect.
//===----------------------------------------------------------------------===//

class UopFlag<int bitIndex, string flagName, string flagDoc> {
  int bitNumber = bitIndex;
  string name = flagName;
  string doc = flagDoc;
}
def UopPure     : UopFlag<0, "pure", "no side effect and cannot fail: may be CSE'd, hoisted or deleted when unused">;
def UopGuard    : UopFlag<1, "guard", "checks a speculation and deoptimizes when it does not hold">;
def UopError    : UopFlag<2, "error", "can raise a Python exception">;
// A uop's inputs are released by the DECREF the lowering puts after their last
// use, not by its body: a uop that only reads its inputs does not escape, even
// where the instruction it comes from "decrefs" them.
def UopEscapes  : UopFlag<3, "escapes", "can run arbitrary Python code (calls, __del__ of a value its body releases, descriptors, hashing)">;
def UopJump     : UopFlag<4, "jump", "may branch forward by oparg; its last result is an i1 `taken`">;
def UopJumpBack : UopFlag<5, "jump-back", "may branch backward by oparg; its last result is an i1 `taken`">;
def UopExit     : UopFlag<6, "exit", "leaves the frame (return, raise): ends its block">;
def UopSuspend  : UopFlag<7, "suspend", "suspends a generator or coroutine and returns to its caller">;
def UopBreaker  : UopFlag<8, "eval-breaker", "checks the eval breaker (signals, GIL drop requests, async exceptions)">;
def UopLocalRd  : UopFlag<9, "local-read", "reads a local slot: localsplus[oparg] (or [next_oparg] when it takes that)">;
def UopLocalWr  : UopFlag<10, "local-write", "writes a local slot: localsplus[oparg] (or [next_oparg] when it takes that)">;
def UopFrame    : UopFlag<11, "frame", "reads or writes the frame itself (cells, free variables, f_locals, exception state)">;
def UopBackend  : UopFlag<12, "backend", "made by the lowering (registers, refcounts, branches), not by any bytecode instruction">;
def UopDelOnly  : UopFlag<13, "del-only", "escapes only through the __del__ of a value it releases, as DECREF does (the lowering's tracing checks treat it like DECREF)">;
def UopStableGuard : UopFlag<14, "stable", "a guard of something its inputs keep while they live (an exact builtin type, an int's size): a later identical guard that it dominates is redundant">;
def UopTakesRef : UopFlag<15, "takes-ref", "may take the reference its first input's register owns (and clear the register): the lowering gives it an owned copy of a borrowed value">;

//===----------------------------------------------------------------------===//
// Facts: what a uop tells the type passes (passes/) about a value of its
// stack effect. On a guard a fact names an input and holds after the guard
// (the guard passes the value through); on any other uop it names an output
// and holds from its definition. A guard's facts must be all that it checks:
// `--uop-remove-guards` deletes a guard whose facts are already known.
//===----------------------------------------------------------------------===//

class Fact<string itemName> {
  string item = itemName;
  string exactType = "";
}
// The value's type is exactly the builtin `typeName` (`type(v) is typeName`).
// Only builtin types: their instances cannot change class, so the fact holds
// as long as the value lives.
class IsExact<string itemName, string typeName> : Fact<itemName> {
  let exactType = typeName;
}

//===----------------------------------------------------------------------===//
// Immediates: the oparg, or a field of the instruction's inline cache.
//===----------------------------------------------------------------------===//

// `width` is what the value needs in machine code: "u32" (fits an unsigned
// 32-bit immediate), "s32" (a signed one) or "ptr" (64 bits).
class Imm<string immName, string immDoc, string immWidth = "u32"> {
  string name = immName;
  string doc = immDoc;
  string width = immWidth;
}
def ImmOparg        : Imm<"oparg", "the instruction's argument (after EXTENDED_ARG)", "s32">;
def ImmTypeVersion  : Imm<"type_version", "tp_version_tag of the type the specializer saw">;
def ImmVersion      : Imm<"version", "tp_version_tag of the owner's type (LOAD_ATTR/STORE_ATTR caches)">;
def ImmKeysVersion  : Imm<"keys_version", "dk_version of the dict keys the specializer saw">;
def ImmModuleKeysVersion  : Imm<"module_keys_version", "dk_version of the module (globals) dict keys">;
def ImmBuiltinKeysVersion : Imm<"builtin_keys_version", "dk_version of the builtins dict keys">;
def ImmIndex        : Imm<"index", "an index: into dict entries, instance values or a slot offset">;
def ImmFuncVersion  : Imm<"func_version", "func_version of the function the specializer saw">;
def ImmMinArgs      : Imm<"min_args", "number of arguments before defaults are needed">;
def ImmMask         : Imm<"mask", "COMPARE_OP_*_JUMP: which comparison outcomes jump">;
def ImmDictOffset   : Imm<"dict_offset", "tp_dictoffset of the receiver's type", "s32">;
def ImmDescr        : Imm<"descr", "a borrowed object pointer the specializer cached (method or class attribute)",
                          "ptr">;
def ImmNextOparg    : Imm<"next_oparg", "the oparg of the next instruction (of a superinstruction, or one it also runs)">;

// A field of an instruction family's inline cache, as in Lib/opcode.py's
// `_cache_format`: `size` is in 16-bit code units.
class CacheField<string fieldName, int fieldSize> {
  string name = fieldName;
  int size = fieldSize;
}
class CacheLayout<list<CacheField> cacheFields> {
  list<CacheField> fields = cacheFields;
}
def NoCache : CacheLayout<[]>;

//===----------------------------------------------------------------------===//
// Uops. Every uop is an op of the `uop` dialect.
//===----------------------------------------------------------------------===//

// Helpers computing per-uop facts from the flag list.
class UopHasFlag<list<UopFlag> flags, UopFlag f> {
  bit value = !not(!empty(!filter(x, flags, !eq(x, f))));
}

// A uop. `uopName` is its CPython-style name (upper case); the op mnemonic is
// its lower-case form. `stackIn`/`stackOut` are the stack effect.
class Uop<string uopName, dag uopStackIn, dag uopStackOut,
          list<Imm> uopImms = [], list<UopFlag> uopFlags = [],
          list<Trait> traits = []>
    : Uop_Op<!tolower(uopName),
             !listconcat(traits,
                         [DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>],
                         !if(UopHasFlag<uopFlags, UopPure>.value, [Pure], []),
                         !if(!or(UopHasFlag<uopFlags, UopExit>.value,
                                 UopHasFlag<uopFlags, UopSuspend>.value),
                             [Terminator], []))> {
  string name = uopName;
  dag stackIn = uopStackIn;
  dag stackOut = uopStackOut;
  list<Imm> imms = uopImms;
  list<UopFlag> flags = uopFlags;
  // What this uop establishes about its values (see Fact).
  list<Fact> facts = [];
  // For a jump uop whose taken path leaves another stack than `stackOut`
  // (FOR_ITER pops the iterator, SEND leaves only retval, JUMP_IF_*_OR_POP
  // keep the value): the outputs on the taken path. Unset: same as stackOut.
  dag stackOutTaken = ?;
  // The C body: the semantics of CPython 3.11.2's ceval.c for this step,
  // written against the conventions of docs/backend.md (inputs borrowed,
  // outputs new references, DEOPT_IF / ERROR_IF). uop-tblgen wraps it into
  // the tier-2 interpreter's case and the stencil's function. Empty: the
  // backend cannot run this uop yet, and the runtime leaves any function
  // that needs it to the interpreter.
  code cBody = "";

  // Every uop op has the same shape: its stack inputs, then the frame state
  // when it needs one; immediates are properties. The generic parser,
  // printer and verifier (dialects/uop/lib/UopOps.cpp) check the counts
  // against the metadata table generated from this record.
  let arguments = !con((ins Variadic<AnyType>:$operands),
                       !dag(ins, !foreach(i, uopImms, !if(!eq(i, ImmDescr), I64Attr, I32Attr)),
                            !foreach(i, uopImms, i.name)));
  let results = (outs Variadic<Uop_AnyValue>:$outputs);
  // A suspending uop (YIELD_VALUE) ends its block; its successor is the
  // block where the generator resumes, which starts with `uop.resume`. Its
  // stack outputs (the value sent in) are pushed there: `uop.resume`
  // produces them, so they are not results of the op.
  let successors = !if(UopHasFlag<uopFlags, UopSuspend>.value,
                       (successor AnySuccessor:$resume), (successor));
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    // This uop's entry in the generated metadata table.
    static const ::uopjit::UopInfo &info();
  }];
  let extraClassDefinition =
      "const ::uopjit::UopInfo &$cppClass::info() {\n"
      "  return ::uopjit::uopInfo(::uopjit::UopKind::" # uopName # ");\n}\n"
      "::mlir::ParseResult $cppClass::parse(::mlir::OpAsmParser &parser,\n"
      "                                    ::mlir::OperationState &state) {\n"
      "  return ::uopjit::uop::parseUop(parser, state, info());\n}\n"
      "void $cppClass::print(::mlir::OpAsmPrinter &printer) {\n"
      "  ::uopjit::uop::printUop(printer, getOperation(), info());\n}\n"
      "::llvm::LogicalResult $cppClass::verify() {\n"
      "  return ::uopjit::uop::verifyUop(getOperation(), info());\n}\n"
      "void $cppClass::getAsmResultNames(::mlir::OpAsmSetValueNameFn setName) {\n"
      "  ::uopjit::uop::nameUopResults(getOperation(), info(), setName);\n}\n";
}

//===----------------------------------------------------------------------===//
// Instructions: each CPython 3.11 opcode as a macro of uops.
//===----------------------------------------------------------------------===//

// `instrName` and `instrOpcode` must match /usr/include/python3.11/opcode.h
// (the generated table static_asserts it). `family` is the generic
// instruction a specialized form deoptimizes to; `cache` is the family's
// inline cache layout.
class Instr<string instrName, int instrOpcode, list<Uop> instrUops,
            CacheLayout instrCache = NoCache> {
  string name = instrName;
  int opcode = instrOpcode;
  list<Uop> uops = instrUops;
  CacheLayout cache = instrCache;
  string family = instrName;
  // A superinstruction (LOAD_FAST__LOAD_FAST, COMPARE_OP_*_JUMP, ...) runs
  // its uops and then the *next* code unit, which still holds the second
  // instruction's own opcode and oparg: the frontend decodes that one as
  // itself, so the macro holds only the first half.
  bit superinstruction = 0;
  // Instructions that follow this one and that it performs itself, jumping
  // over them (3.11's SKIP_CALL forms of PRECALL do the CALL;
  // BINARY_OP_INPLACE_ADD_UNICODE does the STORE_FAST). The frontend skips
  // them; the stack effect includes theirs.
  list<string> alsoRuns = [];
  // What a site of this specialized instruction runs once the runtime has
  // made it generic (it kept deoptimizing: a polymorphic site). Empty: the
  // family's uops. The immediates come from this instruction's cache, as
  // the specialization left it, so these uops can try it before the
  // generic path without leaving compiled code.
  list<Uop> genericUops = [];
  string doc = "";
}

#endif
