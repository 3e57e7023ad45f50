//===- Build.td - building, subscripting and unpacking containers ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_BUILD_TD
#define UOPJIT_IR_CATALOG_BUILD_TD

def Uop_BuildTupleOp : Uop<"BUILD_TUPLE", (ins Array<"oparg">:$values), (outs obj:$tup),
                           [ImmOparg], [UopError]> {
  let facts = [IsExact<"tup", "tuple">];
  let summary = "builds a tuple of the top oparg items (references stolen); MemoryError only";
  let cBody = [{
    tup = PyTuple_New(oparg);
    ERROR_IF(tup == NULL);
    for (int i = 0; i < values_count; i++)
      PyTuple_SET_ITEM(tup, i, Py_NewRef(values[i]));
  }];
}
def Uop_BuildListOp : Uop<"BUILD_LIST", (ins Array<"oparg">:$values), (outs obj:$list),
                          [ImmOparg], [UopError]> {
  let facts = [IsExact<"list", "list">];
  let summary = "builds a list of the top oparg items (references stolen); MemoryError only";
  let cBody = [{
    list = PyList_New(oparg);
    ERROR_IF(list == NULL);
    for (int i = 0; i < values_count; i++)
      PyList_SET_ITEM(list, i, Py_NewRef(values[i]));
  }];
}
def Uop_BuildSetOp : Uop<"BUILD_SET", (ins Array<"oparg">:$values), (outs obj:$set),
                         [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"set", "set">];
  let summary = "builds a set adding the top oparg items bottom first (hashing may run "
              # "__hash__/__eq__); decrefs them";
  let cBody = [{
    set = PySet_New(NULL);
    ERROR_IF(set == NULL);
    int err = 0;
    for (int i = 0; i < values_count; i++) {
      if (err == 0)
        err = PySet_Add(set, values[i]);
    }
    if (err != 0) {
      Py_CLEAR(set);
      ERROR_IF(1);
    }
  }];
}
def Uop_BuildMapOp : Uop<"BUILD_MAP", (ins Array<"oparg * 2">:$values), (outs obj:$map),
                         [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"map", "dict">];
  let summary = "builds a dict from oparg key/value pairs (key below value) with "
              # "_PyDict_FromItems; decrefs them";
  let cBody = [{
    map = uopjit_dict_from_pairs(values, oparg);
    ERROR_IF(map == NULL);
  }];
}
def Uop_BuildConstKeyMapOp : Uop<"BUILD_CONST_KEY_MAP", (ins Array<"oparg">:$values, obj:$keys),
                                 (outs obj:$map), [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"map", "dict">];
  let summary = "builds a dict from the keys tuple and the oparg values below it (SystemError "
              # "unless keys is an exact tuple of length oparg); decrefs all";
  let cBody = [{
    if (!PyTuple_CheckExact(keys) ||
        PyTuple_GET_SIZE(keys) != (Py_ssize_t)oparg) {
      _PyErr_SetString(tstate, PyExc_SystemError,
                       "bad BUILD_CONST_KEY_MAP keys argument");
      ERROR_IF(1);
    }
    /* _PyDict_FromItems(&keys[0], 1, values, 1, oparg) */
    map = _PyStack_AsDict(values, keys);
    ERROR_IF(map == NULL);
  }];
}
def Uop_BuildStringOp : Uop<"BUILD_STRING", (ins Array<"oparg">:$pieces), (outs obj:$str),
                            [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"str", "str">];
  let summary = "str = ''.join of the top oparg strs (_PyUnicode_JoinArray); decrefs them";
  let cBody = [{
    str = _PyUnicode_JoinArray(&_Py_STR(empty), pieces, oparg);
    ERROR_IF(str == NULL);
  }];
}
def Uop_ListToTupleOp : Uop<"LIST_TO_TUPLE", (ins obj:$list), (outs obj:$tuple),
                            [], [UopError, UopEscapes]> {
  let summary = "tuple = PyList_AsTuple(list); decrefs list";
  let cBody = [{
    tuple = PyList_AsTuple(list);
    ERROR_IF(tuple == NULL);
  }];
}
def Uop_ListAppendOp : Uop<"LIST_APPEND", (ins obj:$list, Array<"oparg - 1">:$unused, obj:$v),
                           (outs obj:$list, Array<"oparg - 1">:$unused), [ImmOparg], [UopError]> {
  let summary = "appends v (stolen) to the list oparg items below it (_PyList_AppendTakeRef); "
              # "MemoryError only";
  let cBody = [{
    /* _PyList_AppendTakeRef on a new reference: the fast path inline, else
       PyList_Append (the same list_resize as _PyList_AppendTakeRefListResize). */
    PyListObject *l = (PyListObject *)list;
    Py_ssize_t len = PyList_GET_SIZE(list);
    if (l->allocated > len) {
      PyList_SET_ITEM(list, len, Py_NewRef(v));
      Py_SET_SIZE(list, len + 1);
    }
    else {
      ERROR_IF(PyList_Append(list, v) < 0);
    }
  }];
}
def Uop_SetAddOp : Uop<"SET_ADD", (ins obj:$set, Array<"oparg - 1">:$unused, obj:$v),
                       (outs obj:$set, Array<"oparg - 1">:$unused),
                       [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PySet_Add(set, v) to the set oparg items below v; decrefs v";
  let cBody = [{
    ERROR_IF(PySet_Add(set, v) != 0);
  }];
}
def Uop_MapAddOp : Uop<"MAP_ADD", (ins obj:$dict, Array<"oparg - 1">:$unused, obj:$key, obj:$value),
                       (outs obj:$dict, Array<"oparg - 1">:$unused),
                       [ImmOparg], [UopError, UopEscapes]> {
  let summary = "dict[key] = value (both stolen, _PyDict_SetItem_Take2) for the dict oparg items "
              # "below key";
  let cBody = [{
    assert(PyDict_CheckExact(dict));
    /* _PyDict_SetItem_Take2 on new references */
    ERROR_IF(PyDict_SetItem(dict, key, value) != 0);
  }];
}
def Uop_ListExtendOp : Uop<"LIST_EXTEND",
                           (ins obj:$list, Array<"oparg - 1">:$unused, obj:$iterable),
                           (outs obj:$list, Array<"oparg - 1">:$unused),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "list.extend(iterable) for the list oparg items below it (TypeError 'Value after * "
              # "must be an iterable'); decrefs iterable";
  let cBody = [{
    PyObject *none_val = _PyList_Extend((PyListObject *)list, iterable);
    if (none_val == NULL) {
      if (_PyErr_ExceptionMatches(tstate, PyExc_TypeError) &&
          (Py_TYPE(iterable)->tp_iter == NULL && !PySequence_Check(iterable))) {
        _PyErr_Clear(tstate);
        _PyErr_Format(tstate, PyExc_TypeError,
                      "Value after * must be an iterable, not %.200s",
                      Py_TYPE(iterable)->tp_name);
      }
      ERROR_IF(1);
    }
    Py_DECREF(none_val);
  }];
}
def Uop_SetUpdateOp : Uop<"SET_UPDATE", (ins obj:$set, Array<"oparg - 1">:$unused, obj:$iterable),
                          (outs obj:$set, Array<"oparg - 1">:$unused),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "set.update(iterable) (_PySet_Update) for the set oparg items below it; decrefs "
              # "iterable";
  let cBody = [{
    ERROR_IF(_PySet_Update(set, iterable) < 0);
  }];
}
def Uop_DictUpdateOp : Uop<"DICT_UPDATE", (ins obj:$dict, Array<"oparg - 1">:$unused, obj:$update),
                           (outs obj:$dict, Array<"oparg - 1">:$unused),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_Update(dict, update) for the dict oparg items below it (TypeError 'not a "
              # "mapping'); decrefs update";
  let cBody = [{
    if (PyDict_Update(dict, update) < 0) {
      if (_PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "'%.200s' object is not a mapping",
                      Py_TYPE(update)->tp_name);
      }
      ERROR_IF(1);
    }
  }];
}
def Uop_DictMergeOp : Uop<
    "DICT_MERGE",
    (ins obj:$callable, obj:$callargs, obj:$dict, Array<"oparg - 1">:$unused, obj:$update),
    (outs obj:$callable, obj:$callargs, obj:$dict, Array<"oparg - 1">:$unused),
    [ImmOparg], [UopError, UopEscapes]> {
  let summary = "_PyDict_MergeEx(dict, update, 2) for the **kwargs dict oparg items below it; "
              # "errors name callable (2 slots below dict); decrefs update";
  let cBody = [{
    if (_PyDict_MergeEx(dict, update, 2) < 0) {
      uopjit_format_kwargs_error(tstate, callable, update);
      ERROR_IF(1);
    }
  }];
}
def Uop_FormatValueOp : Uop<"FORMAT_VALUE",
                            (ins obj:$value, Cond<"(oparg & 0x04) == 0x04">:$fmt_spec),
                            (outs obj:$result), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "f-string field: converts value by oparg & 3 (none/str/repr/ascii), then "
              # "PyObject_Format with fmt_spec unless it is an exact str without spec; decrefs "
              # "inputs";
  let cBody = [{
    PyObject *(*conv_fn)(PyObject *);
    int which_conversion = oparg & FVC_MASK;
    switch (which_conversion) {
    case FVC_NONE:  conv_fn = NULL;           break;
    case FVC_STR:   conv_fn = PyObject_Str;   break;
    case FVC_REPR:  conv_fn = PyObject_Repr;  break;
    case FVC_ASCII: conv_fn = PyObject_ASCII; break;
    default:
      _PyErr_Format(tstate, PyExc_SystemError,
                    "unexpected conversion flag %d", which_conversion);
      ERROR_IF(1);
    }
    /* v: a new reference to the (converted) value */
    PyObject *v;
    if (conv_fn != NULL) {
      v = conv_fn(value);
      ERROR_IF(v == NULL);
    }
    else {
      v = Py_NewRef(value);
    }
    if (PyUnicode_CheckExact(v) && fmt_spec == NULL) {
      /* format(v) is v itself */
      result = v;
    }
    else {
      result = PyObject_Format(v, fmt_spec);
      Py_DECREF(v);
      ERROR_IF(result == NULL);
    }
  }];
}
def Uop_BuildSliceOp : Uop<"BUILD_SLICE", (ins obj:$start, obj:$stop, Cond<"oparg == 3">:$step),
                           (outs obj:$slice), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "slice = PySlice_New(start, stop, step or NULL); decrefs inputs";
  let cBody = [{
    slice = PySlice_New(start, stop, step);
    ERROR_IF(slice == NULL);
  }];
}
def Uop_BinarySubscrOp : Uop<"BINARY_SUBSCR", (ins obj:$container, obj:$sub), (outs obj:$res),
                             [], [UopError, UopEscapes]> {
  let summary = "res = PyObject_GetItem(container, sub); decrefs both";
  let cBody = [{
    res = PyObject_GetItem(container, sub);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardTosIntOp : Uop<"GUARD_TOS_INT", (ins obj:$value), (outs obj:$value), [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"value", "int">];
  let summary = "deoptimizes unless the top of the stack is an exact int";
  let cBody = [{
    DEOPT_IF(!PyLong_CheckExact(value));
  }];
}
def Uop_GuardTosTupleOp : Uop<"GUARD_TOS_TUPLE", (ins obj:$value), (outs obj:$value),
                              [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"value", "tuple">];
  let summary = "deoptimizes unless the top of the stack is an exact tuple";
  let cBody = [{
    DEOPT_IF(!PyTuple_CheckExact(value));
  }];
}
def Uop_GuardTosListOp : Uop<"GUARD_TOS_LIST", (ins obj:$value), (outs obj:$value),
                             [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"value", "list">];
  let summary = "deoptimizes unless the top of the stack is an exact list";
  let cBody = [{
    DEOPT_IF(!PyList_CheckExact(value));
  }];
}
def Uop_GuardNosListOp : Uop<"GUARD_NOS_LIST", (ins obj:$nos, obj:$tos), (outs obj:$nos, obj:$tos),
                             [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"nos", "list">];
  let summary = "deoptimizes unless the second item from the top is an exact list";
  let cBody = [{
    DEOPT_IF(!PyList_CheckExact(nos));
    (void)tos;
  }];
}
def Uop_GuardNosTupleOp : Uop<"GUARD_NOS_TUPLE", (ins obj:$nos, obj:$tos),
                              (outs obj:$nos, obj:$tos), [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"nos", "tuple">];
  let summary = "deoptimizes unless the second item from the top is an exact tuple";
  let cBody = [{
    DEOPT_IF(!PyTuple_CheckExact(nos));
    (void)tos;
  }];
}
def Uop_GuardNosDictOp : Uop<"GUARD_NOS_DICT", (ins obj:$nos, obj:$tos), (outs obj:$nos, obj:$tos),
                             [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"nos", "dict">];
  let summary = "deoptimizes unless the second item from the top is an exact dict";
  let cBody = [{
    DEOPT_IF(!PyDict_CheckExact(nos));
    (void)tos;
  }];
}
def Uop_GuardListIndexOp : Uop<"GUARD_LIST_INDEX", (ins obj:$list, obj:$sub),
                               (outs obj:$list, obj:$sub), [], [UopGuard]> {
  let summary = "deoptimizes unless the exact int sub is non-negative with at most one digit "
              # "((size_t)Py_SIZE(sub) <= 1) and sub < len(list)";
  let cBody = [{
    /* Deopt unless 0 <= sub < PyList_Size(list) */
    DEOPT_IF(((size_t)Py_SIZE(sub)) > 1);
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    DEOPT_IF(index >= PyList_GET_SIZE(list));
  }];
}
def Uop_GuardTupleIndexOp : Uop<"GUARD_TUPLE_INDEX", (ins obj:$tuple, obj:$sub),
                                (outs obj:$tuple, obj:$sub), [], [UopGuard, UopStableGuard]> {
  let summary = "deoptimizes unless the exact int sub is non-negative with at most one digit "
              # "((size_t)Py_SIZE(sub) <= 1) and sub < len(tuple)";
  let cBody = [{
    /* Deopt unless 0 <= sub < PyTuple_Size(tuple) */
    DEOPT_IF(((size_t)Py_SIZE(sub)) > 1);
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    DEOPT_IF(index >= PyTuple_GET_SIZE(tuple));
  }];
}
def Uop_BinarySubscrListIntOp : Uop<"BINARY_SUBSCR_LIST_INT", (ins obj:$list, obj:$sub),
                                    (outs obj:$res), [], []> {
  let summary = "res = new reference to list[sub] (index checked); decrefs sub (an int) and list "
              # "(may free its items)";
  let cBody = [{
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    assert((size_t)Py_SIZE(sub) <= 1 && index < PyList_GET_SIZE(list));
    res = Py_NewRef(PyList_GET_ITEM(list, index));
  }];
}
def Uop_BinarySubscrTupleIntOp : Uop<"BINARY_SUBSCR_TUPLE_INT", (ins obj:$tuple, obj:$sub),
                                     (outs obj:$res), [], []> {
  let summary = "res = new reference to tuple[sub] (index checked); decrefs sub (an int) and tuple "
              # "(may free its items)";
  let cBody = [{
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    assert((size_t)Py_SIZE(sub) <= 1 && index < PyTuple_GET_SIZE(tuple));
    res = Py_NewRef(PyTuple_GET_ITEM(tuple, index));
  }];
}
def Uop_BinarySubscrDictOp : Uop<"BINARY_SUBSCR_DICT", (ins obj:$dict, obj:$sub), (outs obj:$res),
                                 [], [UopError, UopEscapes]> {
  let summary = "res = new reference to dict[sub] (PyDict_GetItemWithError; KeyError via "
              # "_PyErr_SetKeyError when missing); decrefs both";
  let cBody = [{
    res = PyDict_GetItemWithError(dict, sub);
    if (res == NULL) {
      if (!_PyErr_Occurred(tstate))
        _PyErr_SetKeyError(sub);
      ERROR_IF(1);
    }
    Py_INCREF(res);
  }];
}
def Uop_GuardContainerTypeVersionOp : Uop<"GUARD_CONTAINER_TYPE_VERSION",
                                          (ins obj:$container, obj:$sub),
                                          (outs obj:$container, obj:$sub),
                                          [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(container)->tp_version_tag == type_version";
  let cBody = [{
    DEOPT_IF(Py_TYPE(container)->tp_version_tag != (uint32_t)type_version);
    (void)sub;
  }];
}
def Uop_GuardGetitemFuncVersionOp : Uop<"GUARD_GETITEM_FUNC_VERSION",
                                        (ins obj:$container, obj:$sub),
                                        (outs obj:$container, obj:$sub),
                                        [ImmFuncVersion], [UopGuard]> {
  let summary = "deoptimizes unless the Python __getitem__ cached on type(container) "
              # "(_spec_cache.getitem) has func_version == func_version";
  let cBody = [{
    PyTypeObject *tp = Py_TYPE(container);
    DEOPT_IF(!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE));
    PyObject *cached = ((PyHeapTypeObject *)tp)->_spec_cache.getitem;
    DEOPT_IF(cached == NULL || !PyFunction_Check(cached));
    /* the cache field is 16 bits wide, as ceval compares it */
    DEOPT_IF(((PyFunctionObject *)cached)->func_version != (uint16_t)func_version);
    (void)sub;
  }];
}
def Uop_BinarySubscrGetitemOp : Uop<"BINARY_SUBSCR_GETITEM", (ins obj:$container, obj:$sub),
                                    (outs obj:$res), [], [UopError, UopEscapes]> {
  let summary = "calls the cached Python __getitem__(container, sub) in a new inlined frame "
              # "(arguments stolen); res is its return value; MemoryError when no frame";
  let cBody = [{
    /* ceval pushes an inlined frame for the cached __getitem__(container, sub);
       here it is called (a new frame, through the frame evaluator). */
    PyObject *getitem = ((PyHeapTypeObject *)Py_TYPE(container))->_spec_cache.getitem;
    assert(getitem != NULL && PyFunction_Check(getitem));
    PyObject *args[2] = {container, sub};
    Py_INCREF(getitem);
    res = PyObject_Vectorcall(getitem, args, 2, NULL);
    Py_DECREF(getitem);
    ERROR_IF(res == NULL);
  }];
}
def Uop_StoreSubscrOp : Uop<"STORE_SUBSCR", (ins obj:$v, obj:$container, obj:$sub), (outs),
                            [], [UopError, UopEscapes]> {
  let summary = "PyObject_SetItem(container, sub, v); decrefs all three";
  let cBody = [{
    /* container[sub] = v */
    ERROR_IF(PyObject_SetItem(container, sub, v) != 0);
  }];
}
def Uop_StoreSubscrListIntOp : Uop<"STORE_SUBSCR_LIST_INT", (ins obj:$value, obj:$list, obj:$sub),
                                   (outs), [], [UopEscapes, UopDelOnly]> {
  let summary = "list[sub] = value (stolen; index checked); decrefs the old item, sub and list";
  let cBody = [{
    Py_ssize_t index = ((PyLongObject *)sub)->ob_digit[0];
    assert((size_t)Py_SIZE(sub) <= 1 && index < PyList_GET_SIZE(list));
    PyObject *old_value = PyList_GET_ITEM(list, index);
    PyList_SET_ITEM(list, index, Py_NewRef(value));
    assert(old_value != NULL);
    Py_DECREF(old_value);
  }];
}
def Uop_StoreSubscrDictOp : Uop<"STORE_SUBSCR_DICT", (ins obj:$value, obj:$dict, obj:$sub), (outs),
                                [], [UopError, UopEscapes]> {
  let summary = "_PyDict_SetItem_Take2(dict, sub, value) (sub and value stolen); decrefs dict";
  let cBody = [{
    /* _PyDict_SetItem_Take2 on new references */
    ERROR_IF(PyDict_SetItem(dict, sub, value) != 0);
  }];
}
def Uop_DeleteSubscrOp : Uop<"DELETE_SUBSCR", (ins obj:$container, obj:$sub), (outs),
                             [], [UopError, UopEscapes]> {
  let summary = "PyObject_DelItem(container, sub); decrefs both";
  let cBody = [{
    /* del container[sub] */
    ERROR_IF(PyObject_DelItem(container, sub) != 0);
  }];
}
def Uop_UnpackSequenceOp : Uop<"UNPACK_SEQUENCE", (ins obj:$seq), (outs Array<"oparg">:$values),
                               [ImmOparg], [UopError, UopEscapes]> {
  let summary = "unpacks seq into exactly oparg items, pushed so that item 0 is on top (ValueError "
              # "otherwise); decrefs seq";
  let cBody = [{
    /* item 0 ends on top: values[values_count - 1] */
    ERROR_IF(!uopjit_unpack_iterable(tstate, seq, (int)oparg, -1, values + values_count));
  }];
}
def Uop_GuardSeqLenOp : Uop<"GUARD_SEQ_LEN", (ins obj:$seq), (outs obj:$seq),
                            [ImmOparg], [UopGuard]> {
  let summary = "deoptimizes unless Py_SIZE(seq) == oparg (for UNPACK_SEQUENCE_TWO_TUPLE oparg is "
              # "always 2: ceval's size != 2 check)";
  let cBody = [{
    DEOPT_IF(Py_SIZE(seq) != oparg);
  }];
}
def Uop_UnpackSequenceTwoTupleOp : Uop<"UNPACK_SEQUENCE_TWO_TUPLE", (ins obj:$seq),
                                       (outs Array<"oparg">:$values), [ImmOparg], []> {
  let summary = "pushes new references to seq[1] then seq[0] of the exact 2-tuple seq (oparg is "
              # "2); decrefs seq";
  let cBody = [{
    assert(values_count == 2);
    values[0] = Py_NewRef(PyTuple_GET_ITEM(seq, 1));
    values[1] = Py_NewRef(PyTuple_GET_ITEM(seq, 0));
  }];
}
def Uop_UnpackSequenceTupleOp : Uop<"UNPACK_SEQUENCE_TUPLE", (ins obj:$seq),
                                    (outs Array<"oparg">:$values), [ImmOparg], []> {
  let summary = "pushes new references to the oparg items of the exact tuple seq, last first; "
              # "decrefs seq";
  let cBody = [{
    PyObject **items = _PyTuple_ITEMS(seq);
    for (int i = 0; i < values_count; i++)
      values[i] = Py_NewRef(items[values_count - 1 - i]);
  }];
}
def Uop_UnpackSequenceListOp : Uop<"UNPACK_SEQUENCE_LIST", (ins obj:$seq),
                                   (outs Array<"oparg">:$values), [ImmOparg], []> {
  let summary = "pushes new references to the oparg items of the exact list seq, last first; "
              # "decrefs seq";
  let cBody = [{
    PyObject **items = _PyList_ITEMS(seq);
    for (int i = 0; i < values_count; i++)
      values[i] = Py_NewRef(items[values_count - 1 - i]);
  }];
}
def Uop_UnpackExOp : Uop<"UNPACK_EX", (ins obj:$seq),
                         (outs Array<"(oparg & 0xFF) + (oparg >> 8) + 1">:$values),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "star-unpacks seq: oparg & 0xFF items before the starred list and oparg >> 8 after "
              # "it, item 0 on top; decrefs seq";
  let cBody = [{
    /* item 0 ends on top: values[values_count - 1] */
    ERROR_IF(!uopjit_unpack_iterable(tstate, seq, (int)(oparg & 0xFF), (int)(oparg >> 8),
                                     values + values_count));
  }];
}

#endif
