//===- Attr.td - attributes, methods, globals and names, and their guards ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ATTR_TD
#define UOPJIT_IR_CATALOG_ATTR_TD

def Uop_LoadAttrOp : Uop<"LOAD_ATTR", (ins obj:$owner), (outs obj:$res),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = PyObject_GetAttr(owner, co_names[oparg]); decrefs owner";
}
def Uop_GuardTypeVersionOp : Uop<"GUARD_TYPE_VERSION", (ins obj:$owner), (outs obj:$owner),
                                 [ImmVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(owner)->tp_version_tag == version";
}
def Uop_GuardHasValuesOp : Uop<"GUARD_HAS_VALUES", (ins obj:$owner), (outs obj:$owner),
                               [], [UopGuard]> {
  let summary = "deoptimizes unless owner (managed-dict type) keeps its attributes in its inline "
              # "values, i.e. *_PyObject_ValuesPointer(owner) != NULL";
}
def Uop_LoadAttrInstanceValueOp : Uop<"LOAD_ATTR_INSTANCE_VALUE", (ins obj:$owner), (outs obj:$res),
                                      [ImmIndex], [UopGuard, UopEscapes]> {
  let summary = "res = new reference to owner's inline values[index]; deoptimizes when that slot "
              # "is NULL; decrefs owner";
}
def Uop_GuardModuleVersionOp : Uop<"GUARD_MODULE_VERSION", (ins obj:$owner), (outs obj:$owner),
                                   [ImmVersion], [UopGuard]> {
  let summary = "deoptimizes unless owner is an exact module whose md_dict keys have dk_version == "
              # "version";
}
def Uop_LoadAttrModuleOp : Uop<"LOAD_ATTR_MODULE", (ins obj:$owner), (outs obj:$res),
                               [ImmIndex], [UopGuard, UopEscapes]> {
  let summary = "res = new reference to the value of entry index of the module's dict (unicode "
              # "keys); deoptimizes when it is NULL; decrefs owner";
}
def Uop_GuardDictHintOp : Uop<"GUARD_DICT_HINT", (ins obj:$owner), (outs obj:$owner),
                              [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "deoptimizes unless owner's managed dict exists, index < dk_nentries, entry index "
              # "has key co_names[oparg] (identity) and a non-NULL value";
}
def Uop_LoadAttrWithHintOp : Uop<"LOAD_ATTR_WITH_HINT", (ins obj:$owner), (outs obj:$res),
                                 [ImmIndex], [UopEscapes]> {
  let summary = "res = new reference to the value of entry index of owner's managed dict (checked "
              # "by GUARD_DICT_HINT); decrefs owner";
}
def Uop_LoadAttrSlotOp : Uop<"LOAD_ATTR_SLOT", (ins obj:$owner), (outs obj:$res),
                             [ImmIndex], [UopGuard, UopEscapes]> {
  let summary = "res = new reference to *(PyObject **)((char *)owner + index) (a __slots__ "
              # "member); deoptimizes when it is NULL; decrefs owner";
}
def Uop_StoreAttrOp : Uop<"STORE_ATTR", (ins obj:$v, obj:$owner), (outs),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyObject_SetAttr(owner, co_names[oparg], v); decrefs both";
}
def Uop_StoreAttrInstanceValueOp : Uop<"STORE_ATTR_INSTANCE_VALUE", (ins obj:$value, obj:$owner),
                                       (outs), [ImmIndex], [UopEscapes]> {
  let summary = "owner's inline values[index] = value (stolen); adds index to the insertion order "
              # "if the slot was NULL, else decrefs the old value; decrefs owner";
}
def Uop_StoreAttrWithHintOp : Uop<"STORE_ATTR_WITH_HINT", (ins obj:$value, obj:$owner), (outs),
                                  [ImmIndex], [UopEscapes]> {
  let summary = "replaces the value of entry index of owner's managed dict by value (stolen), "
              # "decrefs the old one, GC-tracks the dict if needed, bumps ma_version_tag; decrefs "
              # "owner";
}
def Uop_StoreAttrSlotOp : Uop<"STORE_ATTR_SLOT", (ins obj:$value, obj:$owner), (outs),
                              [ImmIndex], [UopEscapes]> {
  let summary = "*(PyObject **)((char *)owner + index) = value (stolen); Py_XDECREF of the old "
              # "value; decrefs owner";
}
def Uop_DeleteAttrOp : Uop<"DELETE_ATTR", (ins obj:$owner), (outs),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyObject_SetAttr(owner, co_names[oparg], NULL); decrefs owner";
}
def Uop_LoadMethodOp : Uop<"LOAD_METHOD", (ins obj:$obj), (outs obj:$meth, obj:$self_or_attr),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "_PyObject_GetMethod(obj, co_names[oparg]): pushes (method, obj) when an unbound "
              # "method was found on the type, else (NULL, attribute) and decrefs obj";
}
def Uop_GuardMethodTypeVersionOp : Uop<"GUARD_METHOD_TYPE_VERSION", (ins obj:$self),
                                       (outs obj:$self), [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(self)->tp_version_tag == type_version";
}
def Uop_GuardNoManagedDictOp : Uop<"GUARD_NO_MANAGED_DICT", (ins obj:$self), (outs obj:$self),
                                   [], [UopGuard]> {
  let summary = "deoptimizes unless self's managed dict pointer is NULL (no dict materialized; "
              # "attributes still in the inline values)";
}
def Uop_GuardCachedKeysVersionOp : Uop<"GUARD_CACHED_KEYS_VERSION", (ins obj:$self),
                                       (outs obj:$self), [ImmKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless the shared keys of type(self) (ht_cached_keys) have dk_version "
              # "== keys_version";
}
def Uop_GuardDictKeysVersionOp : Uop<"GUARD_DICT_KEYS_VERSION", (ins obj:$self), (outs obj:$self),
                                     [ImmDictOffset, ImmKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless the dict at (char *)self + dict_offset (signed 16 bits) is "
              # "non-NULL and its keys have dk_version == keys_version";
}
def Uop_LoadMethodCachedOp : Uop<"LOAD_METHOD_CACHED", (ins obj:$self), (outs obj:$meth, obj:$self),
                                 [ImmDescr], []> {
  let summary = "pushes a new reference to the cached method descriptor descr below self (meth, "
              # "self)";
}
def Uop_GuardMethodModuleVersionOp : Uop<"GUARD_METHOD_MODULE_VERSION", (ins obj:$owner),
                                         (outs obj:$owner), [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless owner is an exact module whose md_dict keys have dk_version == "
              # "type_version (LOAD_METHOD_MODULE keeps the module keys version there)";
}
def Uop_LoadMethodModuleOp : Uop<"LOAD_METHOD_MODULE", (ins obj:$owner), (outs obj:$null, obj:$res),
                                 [ImmDictOffset], [UopGuard, UopEscapes]> {
  let summary = "pushes NULL and a new reference to the value of entry dict_offset (the entry "
              # "index) of the module's dict; deoptimizes when it is NULL; decrefs owner";
}
def Uop_GuardClassVersionOp : Uop<"GUARD_CLASS_VERSION", (ins obj:$cls), (outs obj:$cls),
                                  [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless cls is a type (PyType_Check) with tp_version_tag == "
              # "type_version";
}
def Uop_LoadMethodClassOp : Uop<"LOAD_METHOD_CLASS", (ins obj:$cls), (outs obj:$null, obj:$res),
                                [ImmDescr], [UopEscapes]> {
  let summary = "pushes NULL and a new reference to the cached class attribute descr; decrefs cls";
}
def Uop_LoadGlobalOp : Uop<"LOAD_GLOBAL", (ins), (outs Cond<"oparg & 1">:$null, obj:$v),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes (NULL when oparg & 1, then) global co_names[oparg >> 1] from globals then "
              # "builtins (PyObject_GetItem when not dicts); NameError when missing";
}
def Uop_GuardGlobalsVersionOp : Uop<"GUARD_GLOBALS_VERSION", (ins), (outs),
                                    [ImmModuleKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless globals is an exact dict whose keys have dk_version == "
              # "module_keys_version";
}
def Uop_GuardBuiltinsVersionOp : Uop<"GUARD_BUILTINS_VERSION", (ins), (outs),
                                     [ImmBuiltinKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless builtins is an exact dict whose keys have dk_version == "
              # "builtin_keys_version";
}
def Uop_LoadGlobalModuleOp : Uop<"LOAD_GLOBAL_MODULE", (ins),
                                 (outs Cond<"oparg & 1">:$null, obj:$res),
                                 [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "pushes (NULL when oparg & 1, then) a new reference to the value of entry index of "
              # "the globals dict; deoptimizes when it is NULL";
}
def Uop_LoadGlobalBuiltinOp : Uop<"LOAD_GLOBAL_BUILTIN", (ins),
                                  (outs Cond<"oparg & 1">:$null, obj:$res),
                                  [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "pushes (NULL when oparg & 1, then) a new reference to the value of entry index of "
              # "the builtins dict; deoptimizes when it is NULL";
}
def Uop_StoreGlobalOp : Uop<"STORE_GLOBAL", (ins obj:$v), (outs),
                            [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_SetItem(globals, co_names[oparg], v); decrefs v (replacing a value may run "
              # "__del__)";
}
def Uop_DeleteGlobalOp : Uop<"DELETE_GLOBAL", (ins), (outs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_DelItem(globals, co_names[oparg]); NameError when missing";
}
def Uop_LoadNameOp : Uop<"LOAD_NAME", (ins), (outs obj:$v),
                         [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "pushes co_names[oparg] looked up in f_locals (SystemError when there are none), "
              # "then globals, then builtins; NameError when missing";
}
def Uop_StoreNameOp : Uop<"STORE_NAME", (ins obj:$v), (outs),
                          [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "f_locals[co_names[oparg]] = v (SystemError when there are no locals); decrefs v";
}
def Uop_DeleteNameOp : Uop<"DELETE_NAME", (ins), (outs),
                           [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "del f_locals[co_names[oparg]]; NameError when missing, SystemError when there are "
              # "no locals";
}

#endif
