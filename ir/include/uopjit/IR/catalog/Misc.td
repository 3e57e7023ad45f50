//===- Misc.td - imports, functions, pattern matching and the rest ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_MISC_TD
#define UOPJIT_IR_CATALOG_MISC_TD

def Uop_ImportNameOp : Uop<"IMPORT_NAME", (ins obj:$level, obj:$fromlist), (outs obj:$res),
                           [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "res = __import__(co_names[oparg], globals, f_locals, fromlist, level) "
              # "(import_name); decrefs level and fromlist";
}
def Uop_ImportFromOp : Uop<"IMPORT_FROM", (ins obj:$from), (outs obj:$from, obj:$res),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes res = getattr(from, co_names[oparg]), falling back to "
              # "sys.modules[from.__name__ + '.' + name]; ImportError when missing";
}
def Uop_ImportStarOp : Uop<"IMPORT_STAR", (ins obj:$from), (outs),
                           [], [UopFrame, UopError, UopEscapes]> {
  let summary = "from module import *: syncs fast locals to f_locals, copies the public names of "
              # "from into f_locals, syncs back; decrefs from";
}
def Uop_PrintExprOp : Uop<"PRINT_EXPR", (ins obj:$value), (outs), [], [UopError, UopEscapes]> {
  let summary = "calls sys.displayhook(value) (RuntimeError when lost); decrefs value and the "
              # "result";
}
def Uop_LoadBuildClassOp : Uop<"LOAD_BUILD_CLASS", (ins), (outs obj:$bc),
                               [], [UopError, UopEscapes]> {
  let summary = "pushes builtins['__build_class__'] (NameError when missing)";
}
def Uop_LoadAssertionErrorOp : Uop<"LOAD_ASSERTION_ERROR", (ins), (outs obj:$value),
                                   [], [UopPure]> {
  let summary = "pushes a new reference to AssertionError";
}
def Uop_SetupAnnotationsOp : Uop<"SETUP_ANNOTATIONS", (ins), (outs),
                                 [], [UopFrame, UopError, UopEscapes]> {
  let summary = "sets f_locals['__annotations__'] to a new dict unless present (SystemError when "
              # "there are no locals)";
}
def Uop_MakeFunctionOp : Uop<
    "MAKE_FUNCTION",
    (ins Cond<"oparg & 0x01">:$defaults, Cond<"oparg & 0x02">:$kwdefaults,
         Cond<"oparg & 0x04">:$annotations, Cond<"oparg & 0x08">:$closure, obj:$codeobj),
    (outs obj:$func),
    [ImmOparg], [UopError]> {
  let summary = "func = PyFunction_New(codeobj, globals) taking (stolen) defaults, kwdefaults, "
              # "annotations and closure as oparg flags say; decrefs codeobj; MemoryError only";
}
def Uop_GetLenOp : Uop<"GET_LEN", (ins obj:$obj), (outs obj:$obj, obj:$len),
                       [], [UopError, UopEscapes]> {
  let summary = "pushes len = PyLong_FromSsize_t(PyObject_Length(obj))";
}
def Uop_MatchClassOp : Uop<"MATCH_CLASS", (ins obj:$subject, obj:$type, obj:$names),
                           (outs obj:$attrs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "attrs = tuple of the attributes of a class pattern (oparg positional, names "
              # "keyword sub-patterns) or None when subject does not match; decrefs inputs";
}
def Uop_MatchMappingOp : Uop<"MATCH_MAPPING", (ins obj:$subject), (outs obj:$subject, obj:$res),
                             [], [UopPure]> {
  let summary = "pushes Py_True/Py_False for type(subject)->tp_flags & Py_TPFLAGS_MAPPING";
}
def Uop_MatchSequenceOp : Uop<"MATCH_SEQUENCE", (ins obj:$subject), (outs obj:$subject, obj:$res),
                              [], [UopPure]> {
  let summary = "pushes Py_True/Py_False for type(subject)->tp_flags & Py_TPFLAGS_SEQUENCE";
}
def Uop_MatchKeysOp : Uop<"MATCH_KEYS", (ins obj:$subject, obj:$keys),
                          (outs obj:$subject, obj:$keys, obj:$values_or_none),
                          [], [UopError, UopEscapes]> {
  let summary = "pushes the tuple of subject[k] for k in keys (a tuple), or None when a key is "
              # "missing (match_keys, uses subject.get)";
}

#endif
