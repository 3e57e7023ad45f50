//===- Attr.td - attributes, methods, globals and names, and their guards ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ATTR_TD
#define UOPJIT_IR_CATALOG_ATTR_TD

def Uop_LoadAttrOp : Uop<"LOAD_ATTR", (ins obj:$owner), (outs obj:$res),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = PyObject_GetAttr(owner, co_names[oparg]) (an instance value found through "
              # "the runtime's attribute cache, support/AttrCache.h); decrefs owner";
  let cBody = [{
    res = uopjit_getattr(owner, NAME(oparg));
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardTypeVersionOp : Uop<"GUARD_TYPE_VERSION", (ins obj:$owner), (outs obj:$owner),
                                 [ImmVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(owner)->tp_version_tag == version";
  let cBody = [{
    DEOPT_IF(Py_TYPE(owner)->tp_version_tag != (uint32_t)version);
  }];
}
def Uop_GuardHasValuesOp : Uop<"GUARD_HAS_VALUES", (ins obj:$owner), (outs obj:$owner),
                               [], [UopGuard]> {
  let summary = "deoptimizes unless owner (managed-dict type) keeps its attributes in its inline "
              # "values, i.e. *_PyObject_ValuesPointer(owner) != NULL";
  let cBody = [{
    DEOPT_IF(!(Py_TYPE(owner)->tp_flags & Py_TPFLAGS_MANAGED_DICT));
    DEOPT_IF(*_PyObject_ValuesPointer(owner) == NULL);
  }];
}
def Uop_LoadAttrInstanceValueOp : Uop<"LOAD_ATTR_INSTANCE_VALUE", (ins obj:$owner), (outs obj:$res),
                                      [ImmIndex], [UopGuard]> {
  let summary = "res = new reference to owner's inline values[index]; deoptimizes when that slot "
              # "is NULL; decrefs owner";
  let cBody = [{
    PyDictValues *values = *_PyObject_ValuesPointer(owner);
    PyObject *v = values->values[(uint16_t)index];
    DEOPT_IF(v == NULL);
    res = Py_NewRef(v);
  }];
}
def Uop_LoadAttrTryCachedOp : Uop<"LOAD_ATTR_TRY_CACHED", (ins obj:$owner), (outs obj:$res),
                               [ImmOparg, ImmVersion, ImmIndex], [UopError, UopEscapes]> {
  let summary = "LOAD_ATTR_INSTANCE_VALUE at a site made generic: when type(owner) still has "
              # "tp_version_tag == version and owner its inline values with values[index] set, "
              # "res = that value; else what LOAD_ATTR does. Never deoptimizes (the "
              # "interpreter's miss path, without re-specializing)";
  let cBody = [{
    PyTypeObject *tp = Py_TYPE(owner);
    PyObject *v = NULL;
    if (tp->tp_version_tag == (uint32_t)version && (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT)) {
      PyDictValues *values = *_PyObject_ValuesPointer(owner);
      if (values != NULL)
        v = values->values[(uint16_t)index];
    }
    if (v != NULL) {
      res = Py_NewRef(v);
    } else {
      res = uopjit_getattr(owner, NAME(oparg));
      ERROR_IF(res == NULL);
    }
  }];
}
def Uop_GuardModuleVersionOp : Uop<"GUARD_MODULE_VERSION", (ins obj:$owner), (outs obj:$owner),
                                   [ImmVersion], [UopGuard]> {
  let summary = "deoptimizes unless owner is an exact module whose md_dict keys have dk_version == "
              # "version";
  let cBody = [{
    DEOPT_IF(!PyModule_CheckExact(owner));
    PyDictObject *dict = (PyDictObject *)((PyModuleObject *)owner)->md_dict;
    assert(dict != NULL);
    DEOPT_IF(dict->ma_keys->dk_version != (uint32_t)version);
  }];
}
def Uop_LoadAttrModuleOp : Uop<"LOAD_ATTR_MODULE", (ins obj:$owner), (outs obj:$res),
                               [ImmIndex], [UopGuard]> {
  let summary = "res = new reference to the value of entry index of the module's dict (unicode "
              # "keys); deoptimizes when it is NULL; decrefs owner";
  let cBody = [{
    PyDictObject *dict = (PyDictObject *)((PyModuleObject *)owner)->md_dict;
    assert(dict->ma_keys->dk_kind == DICT_KEYS_UNICODE);
    uint16_t ix = (uint16_t)index;
    assert(ix < dict->ma_keys->dk_nentries);
    PyObject *v = DK_UNICODE_ENTRIES(dict->ma_keys)[ix].me_value;
    DEOPT_IF(v == NULL);
    res = Py_NewRef(v);
  }];
}
def Uop_GuardDictHintOp : Uop<"GUARD_DICT_HINT", (ins obj:$owner), (outs obj:$owner),
                              [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "deoptimizes unless owner's managed dict exists, index < dk_nentries, entry index "
              # "has key co_names[oparg] (identity) and a non-NULL value";
  let cBody = [{
    DEOPT_IF(!(Py_TYPE(owner)->tp_flags & Py_TPFLAGS_MANAGED_DICT));
    PyDictObject *dict = *(PyDictObject **)_PyObject_ManagedDictPointer(owner);
    DEOPT_IF(dict == NULL);
    assert(PyDict_CheckExact((PyObject *)dict));
    PyObject *name = NAME(oparg);
    uint16_t hint = (uint16_t)index;
    DEOPT_IF(hint >= (size_t)dict->ma_keys->dk_nentries);
    PyObject *key, *v;
    if (DK_IS_UNICODE(dict->ma_keys)) {
      PyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(dict->ma_keys) + hint;
      key = ep->me_key;
      v = ep->me_value;
    } else {
      PyDictKeyEntry *ep = DK_ENTRIES(dict->ma_keys) + hint;
      key = ep->me_key;
      v = ep->me_value;
    }
    DEOPT_IF(key != name);
    DEOPT_IF(v == NULL);
  }];
}
def Uop_LoadAttrWithHintOp : Uop<"LOAD_ATTR_WITH_HINT", (ins obj:$owner), (outs obj:$res),
                                 [ImmIndex], []> {
  let summary = "res = new reference to the value of entry index of owner's managed dict (checked "
              # "by GUARD_DICT_HINT); decrefs owner";
  let cBody = [{
    PyDictObject *dict = *(PyDictObject **)_PyObject_ManagedDictPointer(owner);
    uint16_t hint = (uint16_t)index;
    PyObject *v;
    if (DK_IS_UNICODE(dict->ma_keys))
      v = DK_UNICODE_ENTRIES(dict->ma_keys)[hint].me_value;
    else
      v = DK_ENTRIES(dict->ma_keys)[hint].me_value;
    assert(v != NULL);
    res = Py_NewRef(v);
  }];
}
def Uop_LoadAttrSlotOp : Uop<"LOAD_ATTR_SLOT", (ins obj:$owner), (outs obj:$res),
                             [ImmIndex], [UopGuard]> {
  let summary = "res = new reference to *(PyObject **)((char *)owner + index) (a __slots__ "
              # "member); deoptimizes when it is NULL; decrefs owner";
  let cBody = [{
    PyObject *v = *(PyObject **)((char *)owner + (uint16_t)index);
    DEOPT_IF(v == NULL);
    res = Py_NewRef(v);
  }];
}
def Uop_StoreAttrOp : Uop<"STORE_ATTR", (ins obj:$v, obj:$owner), (outs),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyObject_SetAttr(owner, co_names[oparg], v) (an instance value stored through "
              # "the runtime's attribute cache, support/AttrCache.h); decrefs both";
  let cBody = [{
    int err = uopjit_setattr(owner, NAME(oparg), v);
    ERROR_IF(err != 0);
  }];
}
def Uop_StoreAttrInstanceValueOp : Uop<"STORE_ATTR_INSTANCE_VALUE", (ins obj:$value, obj:$owner),
                                       (outs), [ImmIndex], [UopEscapes, UopDelOnly]> {
  let summary = "owner's inline values[index] = value (stolen); adds index to the insertion order "
              # "if the slot was NULL, else decrefs the old value; decrefs owner";
  let cBody = [{
    PyDictValues *values = *_PyObject_ValuesPointer(owner);
    Py_ssize_t ix = (uint16_t)index;
    PyObject *old_value = values->values[ix];
    values->values[ix] = Py_NewRef(value);
    if (old_value == NULL) {
      _PyDictValues_AddToInsertionOrder(values, ix);
    } else {
      Py_DECREF(old_value);
    }
  }];
}
def Uop_StoreAttrTryCachedOp : Uop<"STORE_ATTR_TRY_CACHED", (ins obj:$value, obj:$owner), (outs),
                                [ImmOparg, ImmVersion, ImmIndex], [UopError, UopEscapes]> {
  let summary = "STORE_ATTR_INSTANCE_VALUE at a site made generic: when type(owner) still has "
              # "tp_version_tag == version and owner its inline values, stores value there as "
              # "STORE_ATTR_INSTANCE_VALUE does; else what STORE_ATTR does. Never deoptimizes";
  let cBody = [{
    PyTypeObject *tp = Py_TYPE(owner);
    PyDictValues *values = NULL;
    if (tp->tp_version_tag == (uint32_t)version && (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT))
      values = *_PyObject_ValuesPointer(owner);
    if (values != NULL) {
      Py_ssize_t ix = (uint16_t)index;
      PyObject *old_value = values->values[ix];
      values->values[ix] = Py_NewRef(value);
      if (old_value == NULL)
        _PyDictValues_AddToInsertionOrder(values, ix);
      else
        Py_DECREF(old_value);
    } else {
      int err = uopjit_setattr(owner, NAME(oparg), value);
      ERROR_IF(err != 0);
    }
  }];
}
def Uop_StoreAttrWithHintOp : Uop<"STORE_ATTR_WITH_HINT", (ins obj:$value, obj:$owner), (outs),
                                  [ImmIndex], [UopEscapes, UopDelOnly]> {
  let summary = "replaces the value of entry index of owner's managed dict by value (stolen), "
              # "decrefs the old one, GC-tracks the dict if needed, bumps ma_version_tag; decrefs "
              # "owner";
  let cBody = [{
    PyDictObject *dict = *(PyDictObject **)_PyObject_ManagedDictPointer(owner);
    uint16_t hint = (uint16_t)index;
    PyObject *old_value;
    Py_INCREF(value);
    if (DK_IS_UNICODE(dict->ma_keys)) {
      PyDictUnicodeEntry *ep = DK_UNICODE_ENTRIES(dict->ma_keys) + hint;
      old_value = ep->me_value;
      ep->me_value = value;
    } else {
      PyDictKeyEntry *ep = DK_ENTRIES(dict->ma_keys) + hint;
      old_value = ep->me_value;
      ep->me_value = value;
    }
    assert(old_value != NULL);
    Py_DECREF(old_value);
    /* Ensure dict is GC tracked if it needs to be */
    if (!_PyObject_GC_IS_TRACKED(dict) && _PyObject_GC_MAY_BE_TRACKED(value)) {
      _PyObject_GC_TRACK(dict);
    }
    /* PEP 509 (DICT_NEXT_VERSION() is hidden: support/AttrCall.c) */
    dict->ma_version_tag = uopjit_dict_next_version();
  }];
}
def Uop_StoreAttrSlotOp : Uop<"STORE_ATTR_SLOT", (ins obj:$value, obj:$owner), (outs),
                              [ImmIndex], [UopEscapes, UopDelOnly]> {
  let summary = "*(PyObject **)((char *)owner + index) = value (stolen); Py_XDECREF of the old "
              # "value; decrefs owner";
  let cBody = [{
    char *addr = (char *)owner + (uint16_t)index;
    PyObject *old_value = *(PyObject **)addr;
    *(PyObject **)addr = Py_NewRef(value);
    Py_XDECREF(old_value);
  }];
}
def Uop_DeleteAttrOp : Uop<"DELETE_ATTR", (ins obj:$owner), (outs),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyObject_SetAttr(owner, co_names[oparg], NULL); decrefs owner";
  let cBody = [{
    int err = PyObject_SetAttr(owner, NAME(oparg), (PyObject *)NULL);
    ERROR_IF(err != 0);
  }];
}
def Uop_LoadMethodOp : Uop<"LOAD_METHOD", (ins obj:$obj), (outs obj:$meth, obj:$self_or_attr),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "_PyObject_GetMethod(obj, co_names[oparg]) (through the runtime's attribute "
              # "cache, support/AttrCache.h): pushes (method, obj) when an unbound method was "
              # "found on the type, else (NULL, attribute) and decrefs obj";
  let cBody = [{
    PyObject *m = NULL;
    int meth_found = uopjit_getmethod(obj, NAME(oparg), &m);
    /* Most likely attribute wasn't found. */
    ERROR_IF(m == NULL);
    if (meth_found) {
      /* an unbound method; obj is self */
      meth = m;
      self_or_attr = Py_NewRef(obj);
    } else {
      /* a plain attribute (or what a descriptor returned) */
      meth = NULL;
      self_or_attr = m;
    }
  }];
}
def Uop_GuardMethodTypeVersionOp : Uop<"GUARD_METHOD_TYPE_VERSION", (ins obj:$self),
                                       (outs obj:$self), [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless type(self)->tp_version_tag == type_version";
  let cBody = [{
    DEOPT_IF(Py_TYPE(self)->tp_version_tag != (uint32_t)type_version);
  }];
}
def Uop_GuardNoManagedDictOp : Uop<"GUARD_NO_MANAGED_DICT", (ins obj:$self), (outs obj:$self),
                                   [], [UopGuard]> {
  let summary = "deoptimizes unless self's managed dict pointer is NULL (no dict materialized; "
              # "attributes still in the inline values)";
  let cBody = [{
    DEOPT_IF(!(Py_TYPE(self)->tp_flags & Py_TPFLAGS_MANAGED_DICT));
    DEOPT_IF(*_PyObject_ManagedDictPointer(self) != NULL);
  }];
}
def Uop_GuardCachedKeysVersionOp : Uop<"GUARD_CACHED_KEYS_VERSION", (ins obj:$self),
                                       (outs obj:$self), [ImmKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless the shared keys of type(self) (ht_cached_keys) have dk_version "
              # "== keys_version";
  let cBody = [{
    PyTypeObject *self_cls = Py_TYPE(self);
    DEOPT_IF(!(self_cls->tp_flags & Py_TPFLAGS_HEAPTYPE));
    PyDictKeysObject *keys = ((PyHeapTypeObject *)self_cls)->ht_cached_keys;
    DEOPT_IF(keys == NULL);
    DEOPT_IF(keys->dk_version != (uint32_t)keys_version);
  }];
}
def Uop_GuardDictKeysVersionOp : Uop<"GUARD_DICT_KEYS_VERSION", (ins obj:$self), (outs obj:$self),
                                     [ImmDictOffset, ImmKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless the dict at (char *)self + dict_offset (signed 16 bits) is "
              # "non-NULL and its keys have dk_version == keys_version";
  let cBody = [{
    /* Treat the offset as a signed 16 bit value (MANAGED_DICT_OFFSET is
       negative) */
    int dictoffset = (int16_t)dict_offset;
    PyDictObject *dict = *(PyDictObject **)((char *)self + dictoffset);
    DEOPT_IF(dict == NULL);
    DEOPT_IF(dict->ma_keys->dk_version != (uint32_t)keys_version);
  }];
}
def Uop_LoadMethodCachedOp : Uop<"LOAD_METHOD_CACHED", (ins obj:$self), (outs obj:$meth, obj:$self),
                                 [ImmDescr], []> {
  let summary = "pushes a new reference to the cached method descriptor descr below self (meth, "
              # "self)";
  let cBody = [{
    PyObject *res = (PyObject *)(intptr_t)descr;
    assert(res != NULL);
    meth = Py_NewRef(res);
  }];
}
def Uop_LoadMethodTryCachedOp : Uop<"LOAD_METHOD_TRY_CACHED", (ins obj:$obj),
                                    (outs obj:$meth, obj:$self_or_attr),
                                    [ImmOparg, ImmTypeVersion, ImmKeysVersion, ImmDescr],
                                    [UopError, UopEscapes]> {
  let summary = "LOAD_METHOD_WITH_VALUES at a site made generic: when type(obj) still has "
              # "tp_version_tag == type_version, obj no materialized dict and the type's shared "
              # "keys dk_version == keys_version, pushes (descr, obj) as LOAD_METHOD_CACHED does; "
              # "else does what LOAD_METHOD does. Never deoptimizes";
  let cBody = [{
    PyTypeObject *tp = Py_TYPE(obj);
    PyDictKeysObject *keys = (tp->tp_flags & Py_TPFLAGS_HEAPTYPE)
                                 ? ((PyHeapTypeObject *)tp)->ht_cached_keys
                                 : NULL;
    if (tp->tp_version_tag == (uint32_t)type_version && (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) &&
        *_PyObject_ManagedDictPointer(obj) == NULL && keys != NULL &&
        keys->dk_version == (uint32_t)keys_version) {
      meth = Py_NewRef((PyObject *)(intptr_t)descr);
      self_or_attr = Py_NewRef(obj);
    } else {
      PyObject *m = NULL;
      int meth_found = uopjit_getmethod(obj, NAME(oparg), &m);
      ERROR_IF(m == NULL);
      if (meth_found) {
        meth = m;
        self_or_attr = Py_NewRef(obj);
      } else {
        meth = NULL;
        self_or_attr = m;
      }
    }
  }];
}
def Uop_GuardMethodModuleVersionOp : Uop<"GUARD_METHOD_MODULE_VERSION", (ins obj:$owner),
                                         (outs obj:$owner), [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless owner is an exact module whose md_dict keys have dk_version == "
              # "type_version (LOAD_METHOD_MODULE keeps the module keys version there)";
  let cBody = [{
    DEOPT_IF(!PyModule_CheckExact(owner));
    PyDictObject *dict = (PyDictObject *)((PyModuleObject *)owner)->md_dict;
    assert(dict != NULL);
    DEOPT_IF(dict->ma_keys->dk_version != (uint32_t)type_version);
  }];
}
def Uop_LoadMethodModuleOp : Uop<"LOAD_METHOD_MODULE", (ins obj:$owner), (outs obj:$null, obj:$res),
                                 [ImmDictOffset], [UopGuard]> {
  let summary = "pushes NULL and a new reference to the value of entry dict_offset (the entry "
              # "index) of the module's dict; deoptimizes when it is NULL; decrefs owner";
  let cBody = [{
    PyDictObject *dict = (PyDictObject *)((PyModuleObject *)owner)->md_dict;
    assert(dict->ma_keys->dk_kind == DICT_KEYS_UNICODE);
    /* the entry index, written over dict_offset (an unsigned 16 bit value) */
    uint16_t ix = (uint16_t)dict_offset;
    assert(ix < dict->ma_keys->dk_nentries);
    PyObject *v = DK_UNICODE_ENTRIES(dict->ma_keys)[ix].me_value;
    DEOPT_IF(v == NULL);
    null = NULL;
    res = Py_NewRef(v);
  }];
}
def Uop_GuardClassVersionOp : Uop<"GUARD_CLASS_VERSION", (ins obj:$cls), (outs obj:$cls),
                                  [ImmTypeVersion], [UopGuard]> {
  let summary = "deoptimizes unless cls is a type (PyType_Check) with tp_version_tag == "
              # "type_version";
  let cBody = [{
    DEOPT_IF(!PyType_Check(cls));
    DEOPT_IF(((PyTypeObject *)cls)->tp_version_tag != (uint32_t)type_version);
  }];
}
def Uop_LoadMethodClassOp : Uop<"LOAD_METHOD_CLASS", (ins obj:$cls), (outs obj:$null, obj:$res),
                                [ImmDescr], []> {
  let summary = "pushes NULL and a new reference to the cached class attribute descr; decrefs cls";
  let cBody = [{
    PyObject *v = (PyObject *)(intptr_t)descr;
    assert(v != NULL);
    null = NULL;
    res = Py_NewRef(v);
  }];
}
def Uop_LoadGlobalOp : Uop<"LOAD_GLOBAL", (ins), (outs Cond<"oparg & 1">:$null, obj:$v),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "pushes (NULL when oparg & 1, then) global co_names[oparg >> 1] from globals then "
              # "builtins (PyObject_GetItem when not dicts); NameError when missing";
  let cBody = [{
    /* null (when oparg & 1) stays NULL */
    v = uopjit_load_global(tstate, GLOBALS, BUILTINS, NAME(oparg >> 1));
    ERROR_IF(v == NULL);
  }];
}
def Uop_GuardGlobalsVersionOp : Uop<"GUARD_GLOBALS_VERSION", (ins), (outs),
                                    [ImmModuleKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless globals is an exact dict whose keys have dk_version == "
              # "module_keys_version";
  let cBody = [{
    DEOPT_IF(!PyDict_CheckExact(GLOBALS));
    DEOPT_IF(((PyDictObject *)GLOBALS)->ma_keys->dk_version != (uint32_t)module_keys_version);
  }];
}
def Uop_GuardBuiltinsVersionOp : Uop<"GUARD_BUILTINS_VERSION", (ins), (outs),
                                     [ImmBuiltinKeysVersion], [UopGuard]> {
  let summary = "deoptimizes unless builtins is an exact dict whose keys have dk_version == "
              # "builtin_keys_version";
  let cBody = [{
    DEOPT_IF(!PyDict_CheckExact(BUILTINS));
    DEOPT_IF(((PyDictObject *)BUILTINS)->ma_keys->dk_version != (uint32_t)builtin_keys_version);
  }];
}
def Uop_LoadGlobalModuleOp : Uop<"LOAD_GLOBAL_MODULE", (ins),
                                 (outs Cond<"oparg & 1">:$null, obj:$res),
                                 [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "pushes (NULL when oparg & 1, then) a new reference to the value of entry index of "
              # "the globals dict; deoptimizes when it is NULL";
  let cBody = [{
    PyDictObject *dict = (PyDictObject *)GLOBALS;
    assert(DK_IS_UNICODE(dict->ma_keys));
    PyObject *v = DK_UNICODE_ENTRIES(dict->ma_keys)[(uint16_t)index].me_value;
    DEOPT_IF(v == NULL);
    /* null (when oparg & 1) stays NULL */
    res = Py_NewRef(v);
  }];
}
def Uop_LoadGlobalBuiltinOp : Uop<"LOAD_GLOBAL_BUILTIN", (ins),
                                  (outs Cond<"oparg & 1">:$null, obj:$res),
                                  [ImmOparg, ImmIndex], [UopGuard]> {
  let summary = "pushes (NULL when oparg & 1, then) a new reference to the value of entry index of "
              # "the builtins dict; deoptimizes when it is NULL";
  let cBody = [{
    PyDictObject *bdict = (PyDictObject *)BUILTINS;
    assert(DK_IS_UNICODE(bdict->ma_keys));
    PyObject *v = DK_UNICODE_ENTRIES(bdict->ma_keys)[(uint16_t)index].me_value;
    DEOPT_IF(v == NULL);
    /* null (when oparg & 1) stays NULL */
    res = Py_NewRef(v);
  }];
}
def Uop_StoreGlobalOp : Uop<"STORE_GLOBAL", (ins obj:$v), (outs),
                            [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_SetItem(globals, co_names[oparg], v); decrefs v (replacing a value may run "
              # "__del__)";
  let cBody = [{
    /* PyDict_SetItem takes its own reference to v */
    int err = PyDict_SetItem(GLOBALS, NAME(oparg), v);
    ERROR_IF(err != 0);
  }];
}
def Uop_DeleteGlobalOp : Uop<"DELETE_GLOBAL", (ins), (outs), [ImmOparg], [UopError, UopEscapes]> {
  let summary = "PyDict_DelItem(globals, co_names[oparg]); NameError when missing";
  let cBody = [{
    PyObject *name = NAME(oparg);
    int err = PyDict_DelItem(GLOBALS, name);
    if (err != 0) {
      if (_PyErr_ExceptionMatches(tstate, PyExc_KeyError))
        uopjit_name_error(tstate, name);
      ERROR_IF(1);
    }
  }];
}
def Uop_LoadNameOp : Uop<"LOAD_NAME", (ins), (outs obj:$v),
                         [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "pushes co_names[oparg] looked up in f_locals (SystemError when there are none), "
              # "then globals, then builtins; NameError when missing";
  let cBody = [{
    v = uopjit_load_name(tstate, frame, NAME(oparg));
    ERROR_IF(v == NULL);
  }];
}
def Uop_StoreNameOp : Uop<"STORE_NAME", (ins obj:$v), (outs),
                          [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "f_locals[co_names[oparg]] = v (SystemError when there are no locals); decrefs v";
  let cBody = [{
    PyObject *name = NAME(oparg);
    PyObject *ns = LOCALS_MAP;
    if (ns == NULL) {
      _PyErr_Format(tstate, PyExc_SystemError, "no locals found when storing %R", name);
      ERROR_IF(1);
    }
    int err;
    /* both take their own reference to v */
    if (PyDict_CheckExact(ns))
      err = PyDict_SetItem(ns, name, v);
    else
      err = PyObject_SetItem(ns, name, v);
    ERROR_IF(err != 0);
  }];
}
def Uop_DeleteNameOp : Uop<"DELETE_NAME", (ins), (outs),
                           [ImmOparg], [UopFrame, UopError, UopEscapes]> {
  let summary = "del f_locals[co_names[oparg]]; NameError when missing, SystemError when there are "
              # "no locals";
  let cBody = [{
    PyObject *name = NAME(oparg);
    PyObject *ns = LOCALS_MAP;
    if (ns == NULL) {
      _PyErr_Format(tstate, PyExc_SystemError, "no locals when deleting %R", name);
      ERROR_IF(1);
    }
    int err = PyObject_DelItem(ns, name);
    if (err != 0) {
      uopjit_name_error(tstate, name);
      ERROR_IF(1);
    }
  }];
}

#endif
