//===- Build.td - building, subscripting and unpacking containers ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_BUILD_TD
#define UOPJIT_IR_CATALOG_BUILD_TD

def Uop_BuildTupleOp : Uop<"BUILD_TUPLE", (ins Array<"oparg">:$values), (outs obj:$tup),
                           [ImmOparg], [UopError]> {
  let summary = "builds a tuple of the top oparg items (references stolen); MemoryError only";
}
def Uop_BuildListOp : Uop<"BUILD_LIST", (ins Array<"oparg">:$values), (outs obj:$list),
                          [ImmOparg], [UopError]> {
  let summary = "builds a list of the top oparg items (references stolen); MemoryError only";
}
def Uop_BuildSetOp : Uop<"BUILD_SET", (ins Array<"oparg">:$values), (outs obj:$set),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "builds a set adding the top oparg items bottom first (hashing may run "
              # "__hash__/__eq__); decrefs them";
}
def Uop_BuildMapOp : Uop<"BUILD_MAP", (ins Array<"oparg * 2">:$values), (outs obj:$map),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "builds a dict from oparg key/value pairs (key below value) with "
              # "_PyDict_FromItems; decrefs them";
}
def Uop_BuildConstKeyMapOp : Uop<"BUILD_CONST_KEY_MAP", (ins Array<"oparg">:$values, obj:$keys),
                                 (outs obj:$map), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "builds a dict from the keys tuple and the oparg values below it (SystemError "
              # "unless keys is an exact tuple of length oparg); decrefs all";
}
def Uop_BuildStringOp : Uop<"BUILD_STRING", (ins Array<"oparg">:$pieces), (outs obj:$str),
                            [ImmOparg], [UopError, UopEscapes]> {
  let summary = "str = ''.join of the top oparg strs (_PyUnicode_JoinArray); decrefs them";
}
def Uop_ListToTupleOp : Uop<"LIST_TO_TUPLE", (ins obj:$list), (outs obj:$tuple),
                            [], [UopError, UopEscapes]> {
  let summary = "tuple = PyList_AsTuple(list); decrefs list";
}
def Uop_ListAppendOp : Uop<"LIST_APPEND", (ins obj:$list, Array<"oparg - 1">:$unused, obj:$v),
                           (outs obj:$list, Array<"oparg - 1">:$unused), [ImmOparg], [UopError]> {
  let summary = "appends v (stolen) to the list oparg items below it (_PyList_AppendTakeRef); "
              # "MemoryError only";
}
def Uop_SetAddOp : Uop<"SET_ADD", (ins obj:$set, Array<"oparg - 1">:$unused, obj:$v),
                       (outs obj:$set, Array<"oparg - 1">:$unused),
                       [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PySet_Add(set, v) to the set oparg items below v; decrefs v";
}
def Uop_MapAddOp : Uop<"MAP_ADD", (ins obj:$dict, Array<"oparg - 1">:$unused, obj:$key, obj:$value),
                       (outs obj:$dict, Array<"oparg - 1">:$unused),
                       [ImmOparg], [UopError, UopEscapes]> {
  let summary = "dict[key] = value (both stolen, _PyDict_SetItem_Take2) for the dict oparg items "
              # "below key";
}
def Uop_ListExtendOp : Uop<"LIST_EXTEND",
                           (ins obj:$list, Array<"oparg - 1">:$unused, obj:$iterable),
                           (outs obj:$list, Array<"oparg - 1">:$unused),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "list.extend(iterable) for the list oparg items below it (TypeError 'Value after * "
              # "must be an iterable'); decrefs iterable";
}
def Uop_SetUpdateOp : Uop<"SET_UPDATE", (ins obj:$set, Array<"oparg - 1">:$unused, obj:$iterable),
                          (outs obj:$set, Array<"oparg - 1">:$unused),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "set.update(iterable) (_PySet_Update) for the set oparg items below it; decrefs "
              # "iterable";
}
def Uop_DictUpdateOp : Uop<"DICT_UPDATE", (ins obj:$dict, Array<"oparg - 1">:$unused, obj:$update),
                           (outs obj:$dict, Array<"oparg - 1">:$unused),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_Update(dict, update) for the dict oparg items below it (TypeError 'not a "
              # "mapping'); decrefs update";
}
def Uop_DictMergeOp : Uop<
    "DICT_MERGE",
    (ins obj:$callable, obj:$callargs, obj:$dict, Array<"oparg - 1">:$unused, obj:$update),
    (outs obj:$callable, obj:$callargs, obj:$dict, Array<"oparg - 1">:$unused),
    [ImmOparg], [UopError, UopEscapes]> {
  let summary = "_PyDict_MergeEx(dict, update, 2) for the **kwargs dict oparg items below it; "
              # "errors name callable (2 slots below dict); decrefs update";
}
def Uop_FormatValueOp : Uop<"FORMAT_VALUE",
                            (ins obj:$value, Cond<"(oparg & 0x04) == 0x04">:$fmt_spec),
                            (outs obj:$result), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "f-string field: converts value by oparg & 3 (none/str/repr/ascii), then "
              # "PyObject_Format with fmt_spec unless it is an exact str without spec; decrefs "
              # "inputs";
}
def Uop_BuildSliceOp : Uop<"BUILD_SLICE", (ins obj:$start, obj:$stop, Cond<"oparg == 3">:$step),
                           (outs obj:$slice), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "slice = PySlice_New(start, stop, step or NULL); decrefs inputs";
}
def Uop_BinarySubscrOp : Uop<"BINARY_SUBSCR", (ins obj:$container, obj:$sub), (outs obj:$res),
                             [], [UopError, UopEscapes]> {
  let summary = "res = PyObject_GetItem(container, sub); decrefs both";
}
def Uop_GuardTosIntOp : Uop<"GUARD_TOS_INT", (ins obj:$value), (outs obj:$value), [], [UopGuard]> {
  let summary = "deoptimizes unless the top of the stack is an exact int";
}
def Uop_GuardTosTupleOp : Uop<"GUARD_TOS_TUPLE", (ins obj:$value), (outs obj:$value),
                              [], [UopGuard]> {
  let summary = "deoptimizes unless the top of the stack is an exact tuple";
}
def Uop_GuardTosListOp : Uop<"GUARD_TOS_LIST", (ins obj:$value), (outs obj:$value),
                             [], [UopGuard]> {
  let summary = "deoptimizes unless the top of the stack is an exact list";
}
def Uop_GuardNosListOp : Uop<"GUARD_NOS_LIST", (ins obj:$nos, obj:$tos), (outs obj:$nos, obj:$tos),
                             [], [UopGuard]> {
  let summary = "deoptimizes unless the second item from the top is an exact list";
}
def Uop_GuardNosTupleOp : Uop<"GUARD_NOS_TUPLE", (ins obj:$nos, obj:$tos),
                              (outs obj:$nos, obj:$tos), [], [UopGuard]> {
  let summary = "deoptimizes unless the second item from the top is an exact tuple";
}
def Uop_GuardNosDictOp : Uop<"GUARD_NOS_DICT", (ins obj:$nos, obj:$tos), (outs obj:$nos, obj:$tos),
                             [], [UopGuard]> {
  let summary = "deoptimizes unless the second item from the top is an exact dict";
}
def Uop_GuardListIndexOp : Uop<"GUARD_LIST_INDEX", (ins obj:$list, obj:$sub),
                               (outs obj:$list, obj:$sub), [], [UopGuard]> {
  let summary = "deoptimizes unless the exact int sub is non-negative with at most one digit "
              # "((size_t)Py_SIZE(sub) <= 1) and sub < len(list)";
}
def Uop_GuardTupleIndexOp : Uop<"GUARD_TUPLE_INDEX", (ins obj:$tuple, obj:$sub),
                                (outs obj:$tuple, obj:$sub), [], [UopGuard]> {
  let summary = "deoptimizes unless the exact int sub is non-negative with at most one digit "
              # "((size_t)Py_SIZE(sub) <= 1) and sub < len(tuple)";
}
def Uop_BinarySubscrListIntOp : Uop<"BINARY_SUBSCR_LIST_INT", (ins obj:$list, obj:$sub),
                                    (outs obj:$res), [], [UopEscapes]> {
  let summary = "res = new reference to list[sub] (index checked); decrefs sub (an int) and list "
              # "(may free its items)";
}
def Uop_BinarySubscrTupleIntOp : Uop<"BINARY_SUBSCR_TUPLE_INT", (ins obj:$tuple, obj:$sub),
                                     (outs obj:$res), [], [UopEscapes]> {
  let summary = "res = new reference to tuple[sub] (index checked); decrefs sub (an int) and tuple "
              # "(may free its items)";
}
def Uop_BinarySubscrDictOp : Uop<"BINARY_SUBSCR_DICT", (ins obj:$dict, obj:$sub), (outs obj:$res),
                                 [], [UopError, UopEscapes]> {
  let summary = "res = new reference to dict[sub] (PyDict_GetItemWithError; KeyError via "
              # "_PyErr_SetKeyError when missing); decrefs both";
}
def Uop_GuardContainerTypeVersionOp : Uop<"GUARD_CONTAINER_TYPE_VERSION",
                                          (ins obj:$container, obj:$sub),
                                          (outs obj:$container, obj:$sub),
                                          [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(container)->tp_version_tag == type_version";
}
def Uop_GuardGetitemFuncVersionOp : Uop<"GUARD_GETITEM_FUNC_VERSION",
                                        (ins obj:$container, obj:$sub),
                                        (outs obj:$container, obj:$sub),
                                        [ImmFuncVersion], [UopGuard]> {
  let summary = "deoptimizes unless the Python __getitem__ cached on type(container) "
              # "(_spec_cache.getitem) has func_version == func_version";
}
def Uop_BinarySubscrGetitemOp : Uop<"BINARY_SUBSCR_GETITEM", (ins obj:$container, obj:$sub),
                                    (outs obj:$res), [], [UopError, UopEscapes]> {
  let summary = "calls the cached Python __getitem__(container, sub) in a new inlined frame "
              # "(arguments stolen); res is its return value; MemoryError when no frame";
}
def Uop_StoreSubscrOp : Uop<"STORE_SUBSCR", (ins obj:$v, obj:$container, obj:$sub), (outs),
                            [], [UopError, UopEscapes]> {
  let summary = "PyObject_SetItem(container, sub, v); decrefs all three";
}
def Uop_StoreSubscrListIntOp : Uop<"STORE_SUBSCR_LIST_INT", (ins obj:$value, obj:$list, obj:$sub),
                                   (outs), [], [UopEscapes]> {
  let summary = "list[sub] = value (stolen; index checked); decrefs the old item, sub and list";
}
def Uop_StoreSubscrDictOp : Uop<"STORE_SUBSCR_DICT", (ins obj:$value, obj:$dict, obj:$sub), (outs),
                                [], [UopError, UopEscapes]> {
  let summary = "_PyDict_SetItem_Take2(dict, sub, value) (sub and value stolen); decrefs dict";
}
def Uop_DeleteSubscrOp : Uop<"DELETE_SUBSCR", (ins obj:$container, obj:$sub), (outs),
                             [], [UopError, UopEscapes]> {
  let summary = "PyObject_DelItem(container, sub); decrefs both";
}
def Uop_UnpackSequenceOp : Uop<"UNPACK_SEQUENCE", (ins obj:$seq), (outs Array<"oparg">:$values),
                               [ImmOparg], [UopError, UopEscapes]> {
  let summary = "unpacks seq into exactly oparg items, pushed so that item 0 is on top (ValueError "
              # "otherwise); decrefs seq";
}
def Uop_GuardSeqLenOp : Uop<"GUARD_SEQ_LEN", (ins obj:$seq), (outs obj:$seq),
                            [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless Py_SIZE(seq) == oparg (for UNPACK_SEQUENCE_TWO_TUPLE oparg is "
              # "always 2: ceval's size != 2 check)";
}
def Uop_UnpackSequenceTwoTupleOp : Uop<"UNPACK_SEQUENCE_TWO_TUPLE", (ins obj:$seq),
                                       (outs Array<"oparg">:$values), [ImmOparg], [UopEscapes]> {
  let summary = "pushes new references to seq[1] then seq[0] of the exact 2-tuple seq (oparg is "
              # "2); decrefs seq";
}
def Uop_UnpackSequenceTupleOp : Uop<"UNPACK_SEQUENCE_TUPLE", (ins obj:$seq),
                                    (outs Array<"oparg">:$values), [ImmOparg], [UopEscapes]> {
  let summary = "pushes new references to the oparg items of the exact tuple seq, last first; "
              # "decrefs seq";
}
def Uop_UnpackSequenceListOp : Uop<"UNPACK_SEQUENCE_LIST", (ins obj:$seq),
                                   (outs Array<"oparg">:$values), [ImmOparg], [UopEscapes]> {
  let summary = "pushes new references to the oparg items of the exact list seq, last first; "
              # "decrefs seq";
}
def Uop_UnpackExOp : Uop<"UNPACK_EX", (ins obj:$seq),
                         (outs Array<"(oparg & 0xFF) + (oparg >> 8) + 1">:$values),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "star-unpacks seq: oparg & 0xFF items before the starred list and oparg >> 8 after "
              # "it, item 0 on top; decrefs seq";
}

#endif
