//===- UopTypes.td - types of the `uop` dialect -----------------*- tablegen -*-===//
#ifndef UOPJIT_DIALECT_UOP_UOPTYPES_TD
#define UOPJIT_DIALECT_UOP_UOPTYPES_TD

include "mlir/IR/AttrTypeBase.td"
include "uopjit/Dialect/Uop/UopDialect.td"

class Uop_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Uop_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Uop_ObjectType : Uop_Type<"Object", "object"> {
  let summary = "a boxed Python object (PyObject *), with what is known of it";
  let description = [{
    `!uop.object` is any object reference, possibly NULL (CPython pushes NULL
    for `PUSH_NULL`, unbound locals and `LOAD_GLOBAL`'s optional NULL). The
    optional parameters are facts the type passes learn; each one narrows
    the set of objects the value may be:

        !uop.object                       anything, maybe NULL
        !uop.object<nonnull>              not NULL
        !uop.object<exact "float">        exactly a float (implies nonnull)
        !uop.object<version 1234>         tp_version_tag of its type is 1234
        !uop.object<exact "int", const 3> the int 3
  }];
  let parameters = (ins
    "bool":$nonNull,
    OptionalParameter<"::mlir::StringAttr">:$exactType,
    OptionalParameter<"std::optional<uint32_t>">:$typeVersion,
    OptionalParameter<"::mlir::Attribute">:$constant);
  let hasCustomAssemblyFormat = 1;
  let builders = [
    TypeBuilder<(ins), [{ return $_get($_ctxt, false, nullptr, std::nullopt, nullptr); }]>
  ];
  let builderCall = "::uopjit::uop::ObjectType::get($_builder.getContext())";
  let extraClassDeclaration = [{
    // True when no fact is known (the plain `!uop.object`).
    bool isUnknown() const {
      return !getNonNull() && !getExactType() && !getTypeVersion() && !getConstant();
    }
  }];
}

def Uop_FrameType : Uop_Type<"Frame", "frame"> {
  let summary = "a frame state: where and how the interpreter resumes";
  let description = [{
    Produced only by `uop.frame_state`; consumed by every uop that can
    deoptimize, raise or escape.
  }];
}

// What a stack slot may hold in SSA form: a boxed object, or after unboxing
// a machine integer or double; `i1` is a branch condition.
def Uop_AnyValue : AnyTypeOf<[Uop_ObjectType, I64, F64, I1],
                             "a boxed object, i64, f64 or i1">;
// What a loop carries out: any slot value, or the i32 that says which exit
// was taken when a loop has several.
def Uop_LoopValue : AnyTypeOf<[Uop_ObjectType, I64, F64, I1, I32],
                              "a boxed object, i64, f64, i1 or an i32 exit selector">;

#endif
