//===- UopOps.td - operations of the `uop` dialect --------------*- tablegen -*-===//
//
// Two kinds of ops: the uops, one per record of the catalog (included from
// ir/), and the structural ops defined here that give the IR its shape:
// functions, loop and generator regions, frame states and resume points.
// Branches are `cf.br` / `cf.cond_br` on the i1 a jump uop produces.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_DIALECT_UOP_UOPOPS_TD
#define UOPJIT_DIALECT_UOP_UOPOPS_TD

include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "uopjit/Dialect/Uop/UopTypes.td"
include "uopjit/IR/Catalog.td"

//===----------------------------------------------------------------------===//
// uop.func
//===----------------------------------------------------------------------===//

def Uop_FuncOp : Uop_Op<"func", [IsolatedFromAbove, Symbol,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmBlockArgumentNames"]>]> {
  let summary = "one Python code object";
  let description = [{
    The body is a CFG; the entry block has one `!uop.object` argument per
    slot of the frame's `localsplus` (locals, then cells, then free
    variables), as they are when the frame starts, named after `names`
    (co_varnames + cellvars + freevars) when it is given. The attributes
    are the code object's facts; `consts`, when given, says what is known of
    each entry of co_consts (`uop.load_const <oparg = i>` loads entry i):
    `consts = [!uop.object<exact "NoneType", const unit>,
    !uop.object<exact "float", const 5.000000e-01 : f64>]`.
    `observed_arg_types`, when given, names the exact builtin type of each
    parameter in the call that made the runtime compile the code
    (`["list", ""]`: a list, then something else): one sample, which passes
    may speculate on behind a guard, never assume.

        uop.func @area(%r, %pi) code<qualname = "area", filename = "shapes.py",
            firstlineno = 3, co_flags = 3, argcount = 1, nlocals = 2,
            ncells = 0, nfrees = 0, code_size = 24> {
          ...
        }
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       DefaultValuedAttr<StrAttr, "\"\"">:$qualname,
                       DefaultValuedAttr<StrAttr, "\"\"">:$filename,
                       DefaultValuedAttr<I64Attr, "0">:$firstlineno,
                       DefaultValuedAttr<I64Attr, "0">:$co_flags,
                       DefaultValuedAttr<I64Attr, "0">:$argcount,
                       I64Attr:$nlocals,
                       DefaultValuedAttr<I64Attr, "0">:$ncells,
                       DefaultValuedAttr<I64Attr, "0">:$nfrees,
                       I64Attr:$code_size,
                       OptionalAttr<StrArrayAttr>:$names,
                       OptionalAttr<TypeArrayAttr>:$consts,
                       OptionalAttr<StrArrayAttr>:$observed_arg_types);
  let regions = (region AnyRegion:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Number of localsplus slots: locals, cells and free variables.
    int64_t getNumLocalsPlus() { return getNlocals() + getNcells() + getNfrees(); }
  }];
}

//===----------------------------------------------------------------------===//
// Frame states
//===----------------------------------------------------------------------===//

def Uop_FrameStateOp : Uop_Op<"frame_state", [Pure,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "where the interpreter resumes, and the value of every slot";
  let description = [{
    `offset` is the byte offset of the instruction at which the interpreter
    takes over (as `dis` prints it). `locals` has one value per localsplus
    slot (`uop.null` for an unbound one); `stack` is the value stack,
    bottom first. Deoptimization writes these values into the real frame.

        %fs = uop.frame_state at 12 locals(%x, %n) stack(%acc)

    The operands are the locals followed by the stack; `num_locals` (not
    printed) says where the stack starts. A slot may be an unboxed `f64` or
    `i64` (`--uop-unbox`): leaving there boxes it (a local's box is stored
    by the exit, or before a uop that may run Python code).
  }];
  let arguments = (ins I32Attr:$offset, I32Attr:$num_locals,
                       Variadic<AnyTypeOf<[Uop_ObjectType, F64, I64]>>:$slots);
  let results = (outs Uop_FrameType:$state);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::OperandRange getLocals() { return getSlots().take_front(getNumLocals()); }
    ::mlir::OperandRange getStack() { return getSlots().drop_front(getNumLocals()); }
  }];
}

def Uop_NullOp : Uop_Op<"null", [Pure,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "the NULL reference (an unbound local, PUSH_NULL's slot)";
  let arguments = (ins);
  let results = (outs Uop_ObjectType:$result);
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// What is known of a value
//===----------------------------------------------------------------------===//

def Uop_CastOp : Uop_Op<"cast", [Pure]> {
  let summary = "the same object, with other facts known of it";
  let description = [{
    Changes what the IR knows of a value, never the value. `uop.cast`
    narrows after a guard (`--uop-specialize-types` puts one after each
    guard whose facts it can use, and its users below the guard use it) and
    widens where a value meets others at a block argument, a loop header or
    a loop exit, so that branch operands have the type of their
    destination:

        uop.guard_both_float %x, %y frame %fs
        %xf = uop.cast %x : !uop.object to !uop.object<exact "float">

    The lowering gives the result the register of its operand: a cast emits
    no code.
  }];
  let arguments = (ins Uop_ObjectType:$value);
  let results = (outs Uop_ObjectType:$result);
  let assemblyFormat = "$value attr-dict `:` type($value) `to` type($result)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Loops
//===----------------------------------------------------------------------===//

// No memory-effect interface on purpose: a loop may not terminate, so it is
// never trivially dead even when its body has no side effects.
def Uop_LoopOp : Uop_Op<"loop"> {
  let summary = "a natural loop of the bytecode, as a region";
  let description = [{
    The region is the loop body as a CFG. Its entry block is the loop header;
    its arguments are the values that change around the loop (locals and
    stack slots), initialized by the operands. `uop.continue` jumps back to
    the header with new values; `uop.break` leaves the loop, and its values
    become the results (the frontend passes the locals and stack slots, and
    first an i32 saying which exit, when a loop has several exit targets).
    Loops nest as in the source; `header` is the byte offset of the header
    instruction.

        %i2 = uop.loop at 8 (%i = %i0) : !uop.object -> (!uop.object) {
          ...
          uop.continue %next : !uop.object
        ^exit:
          uop.break %i : !uop.object
        }
  }];
  let arguments = (ins I32Attr:$header, Variadic<Uop_AnyValue>:$inits);
  let results = (outs Variadic<Uop_LoopValue>:$results);
  let regions = (region AnyRegion:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Uop_ContinueOp : Uop_Op<"continue", [Terminator, HasParent<"LoopOp">, Pure]> {
  let summary = "back edge: jump to the header of the enclosing loop";
  let arguments = (ins Variadic<Uop_AnyValue>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Uop_BreakOp : Uop_Op<"break", [Terminator, HasParent<"LoopOp">, Pure]> {
  let summary = "leave the enclosing loop; the values become its results";
  let arguments = (ins Variadic<Uop_LoopValue>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Uop_UnreachableOp : Uop_Op<"unreachable", [Terminator]> {
  let summary = "control never reaches here";
  let description = [{
    Ends the block after a loop that has no exit: an endless loop is left
    only by returning, raising or deoptimizing.
  }];
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Generators and coroutines
//===----------------------------------------------------------------------===//

def Uop_GeneratorOp : Uop_Op<"generator", [RecursiveMemoryEffects, Terminator,
                                             HasParent<"FuncOp">]> {
  let summary = "the body of a generator, coroutine or async generator";
  let description = [{
    The whole body of a generator's `uop.func`: it is the only op of the
    function's entry block (and so its terminator). Code in the region can
    suspend: `uop.yield_value` ends a block and names
    the block where execution resumes, which starts with `uop.resume`. The
    entry points of the region are its entry block and every resume block.

        uop.generator "generator" {
          ...
          uop.yield_value %v frame %fs1 resume ^r1
        ^r1:
          %sent = uop.resume at 10
          ...
        }
  }];
  let arguments = (ins StrAttr:$kind);
  let regions = (region AnyRegion:$body);
  let assemblyFormat = "$kind attr-dict-with-keyword $body";
  let hasVerifier = 1;
}

def Uop_ResumeOp : Uop_Op<"resume", [
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "an entry point of a generator: the value sent in";
  let description = [{
    First op of a block that a suspending uop names as its resume point.
    `offset` is where the interpreter would resume (the instruction after
    the YIELD_VALUE). The result is the value passed to `send()` (None for
    `next()`).
  }];
  let arguments = (ins I32Attr:$offset);
  let results = (outs Uop_ObjectType:$sent);
  let assemblyFormat = "`at` $offset attr-dict";
  let hasVerifier = 1;
}

def Uop_ReloadOp : Uop_Op<"reload", [NoMemoryEffect,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a slot of the frame as a resume point finds it";
  let description = [{
    Follows `uop.resume`: the value of `localsplus[slot]` (a local, a cell
    or free variable, or a stack item past them) when the generator resumes
    at `offset`; NULL when the slot is unbound. Nothing known about the slot
    before the suspension holds here: the interpreter may have run the frame
    since (a `throw()` or a deoptimization hands it the frame) through code
    that was not imported, an exception handler that rebinds a local, and
    suspended it at this same point. The offset keeps two resume points'
    reloads of one slot apart (no CSE across them).

        %sent = uop.resume at 40
        %cancelled = uop.reload 3 at 40   // localsplus[3], named cancelled
  }];
  let arguments = (ins I32Attr:$slot, I32Attr:$offset);
  let results = (outs Uop_ObjectType:$value);
  let assemblyFormat = "$slot `at` $offset attr-dict";
  let hasVerifier = 1;
}

#endif
