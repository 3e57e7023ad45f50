/* The attribute cache of AttrCache.h. Each entry says what `name` is for
   instances of a type in the state its tp_version_tag names. 3.11 never
   gives two type states the same tag (a modified type gets a new one;
   PyType_Modified sets it to 0 until then), so an entry whose tag matches
   the object's type describes the type as it is now: the descriptor it
   names is still in the type's dict, the index still that of the name in
   the type's shared keys. Only the instance itself can differ, so each use
   checks the instance (inline values present, no materialized dict) and
   falls back to CPython's function when it does not fit.

   What it finds, for a type whose tp_getattro / tp_setattro are the
   generic ones (no __getattribute__, __getattr__, __setattr__):
   - INSTANCE_VALUE: no class attribute of that name anywhere in the MRO,
     and the name is in the type's shared keys at `index`: the instance's
     inline values[index] is the attribute (objects.c's
     _PyObject_GenericGetAttrWithDict and _PyObject_GenericSetAttrWithDict
     end in _PyObject_GetInstanceAttribute / _PyObject_StoreInstanceAttribute
     at that index);
   - METHOD: the class attribute is a method descriptor (a function) and
     the instance cannot shadow it: its type keeps no instance dict, or
     keeps one in shared keys that do not hold the name (checked as as
     many entries as then: shared keys only grow), and the instance has no
     materialized dict. _PyObject_GetMethod returns the descriptor then;
   - SLOT: a __slots__ member (an object member, T_OBJECT_EX): a data
     descriptor, so it is the attribute whatever the instance holds;
     member_get / member_set read and write it at its offset, once the
     object's type is checked against the member's class (done here once);
   - OTHER: anything else, left to CPython's function at once. */
#include "UopBody.h"

/* Sets of two entries (a hot pair that hashes like another still finds
   room); a power of two of them. */
#define ATTR_CACHE_SETS 512

/* OTHER: anything else (a property, a class attribute, a name the
   instance may or may not have): CPython's function, at once. */
enum { OTHER, INSTANCE_VALUE, METHOD, SLOT };

typedef struct {
  uint32_t version; /* the type's tp_version_tag; 0: empty */
  uint8_t kind;
  uint8_t generic_setattr; /* tp_setattro is PyObject_GenericSetAttr */
  uint16_t index;          /* INSTANCE_VALUE: into the inline values;
                              SLOT: the member's offset in the object */
  uint8_t readonly;        /* SLOT: a READONLY member */
  PyObject *name;          /* a reference of the table's own, so that its
                              address names no other string while here */
  PyObject *descr;         /* METHOD: borrowed from the type's dict */
  PyDictKeysObject *keys;  /* the shared keys that did not hold the name
                              (METHOD, or OTHER for an attribute no
                              instance has yet), NULL for none */
  Py_ssize_t nentries;     /* their dk_nentries then: the entry is found
                              again when they grew */
} Entry;

static Entry table[ATTR_CACHE_SETS][2];

/* For uopjit.stats(): entries made, and accesses left to CPython's
   function (an OTHER entry, or an instance the entry does not fit).
   Neither is counted on a hit's path. */
static uint64_t entries_made, left_to_cpython;

void uopjit_attr_cache_counts(uint64_t *made, uint64_t *left) {
  *made = entries_made;
  *left = left_to_cpython;
}

static inline Entry *set_of(uint32_t version, PyObject *name) {
  uint64_t h = (uint64_t)version * 0x9E3779B97F4A7C15u +
               ((uintptr_t)name >> 4) * 0xC2B2AE3D27D4EB4Fu;
  return table[(h >> 32) & (ATTR_CACHE_SETS - 1)];
}

static inline int entry_fits(const Entry *e, uint32_t version, PyObject *name) {
  return e->version == version && e->name == name &&
         (e->keys == NULL || e->keys->dk_nentries == e->nentries);
}

/* The index of `name` in shared keys, or -1. */
static Py_ssize_t shared_keys_index(PyDictKeysObject *keys, PyObject *name) {
  if (keys->dk_kind != DICT_KEYS_SPLIT)
    return -1;
  Py_hash_t hash = PyObject_Hash(name);
  PyDictUnicodeEntry *entries = DK_UNICODE_ENTRIES(keys);
  for (Py_ssize_t i = 0; i < keys->dk_nentries; i++) {
    PyObject *key = entries[i].me_key;
    if (key == name ||
        (key != NULL && PyUnicode_CheckExact(key) && ((PyASCIIObject *)key)->hash == hash &&
         PyUnicode_Compare(key, name) == 0))
      return i;
  }
  return -1;
}

/* What `name` is for instances of `tp` (see the top), in `*e` (OTHER
   for what this cache does not handle, so that the next access goes to
   CPython's function without looking again); 0 when the type has no
   version tag to key an entry by. No exception is left set. */
static int classify(PyTypeObject *tp, PyObject *name, Entry *e) {
  /* Also gives the type a version tag, if it can have one. */
  PyObject *descr = _PyType_Lookup(tp, name);
  if (!_PyType_HasFeature(tp, Py_TPFLAGS_VALID_VERSION_TAG) || tp->tp_version_tag == 0)
    return 0;
  *e = (Entry){.version = tp->tp_version_tag,
               .kind = OTHER,
               .generic_setattr = tp->tp_setattro == PyObject_GenericSetAttr};
  PyDictKeysObject *keys =
      (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) ? ((PyHeapTypeObject *)tp)->ht_cached_keys : NULL;
  if (!PyUnicode_CheckExact(name) || tp->tp_getattro != PyObject_GenericGetAttr ||
      ((tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) && keys == NULL))
    return 1;
  if (descr == NULL) {
    Py_ssize_t ix = keys ? shared_keys_index(keys, name) : -1;
    if (ix >= 0 && ix <= UINT16_MAX) {
      e->kind = INSTANCE_VALUE;
      e->index = (uint16_t)ix;
    } else if (keys) {
      /* Not an instance value yet: looked at again when one is added. */
      e->keys = keys;
      e->nentries = keys->dk_nentries;
    }
    return 1;
  }
  if (Py_IS_TYPE(descr, &PyMemberDescr_Type)) {
    /* A __slots__ member: a data descriptor, so it wins over any instance
       dict. member_get and member_set check the object's type against the
       class that made the member (a member copied onto another class
       raises TypeError there): checked here once. */
    PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
    if (member->type == T_OBJECT_EX && !(member->flags & READ_RESTRICTED) &&
        member->offset > 0 && member->offset <= UINT16_MAX &&
        PyType_IsSubtype(tp, PyDescr_TYPE(descr))) {
      e->kind = SLOT;
      e->index = (uint16_t)member->offset;
      e->readonly = (member->flags & READONLY) != 0;
    }
    return 1;
  }
  if (!_PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR))
    return 1;
  if (keys == NULL && tp->tp_dictoffset != 0)
    return 1; /* an instance dict of the old kind could shadow it */
  if (keys != NULL && shared_keys_index(keys, name) >= 0)
    return 1;
  e->kind = METHOD;
  e->descr = descr;
  e->keys = keys;
  e->nentries = keys ? keys->dk_nentries : 0;
  return 1;
}

/* A miss of entry_for: the entry made now, or NULL. */
static __attribute__((noinline)) Entry *fill_entry(PyTypeObject *tp, PyObject *name) {
  Entry found;
  if (!classify(tp, name, &found))
    return NULL;
  entries_made++;
  /* The new entry goes first, the first second, the second out (unless
     it is the stale entry of the same pair: that one goes). */
  Entry *set = set_of(found.version, name);
  int stale0 = set[0].version == found.version && set[0].name == name;
  Entry *out = stale0 ? &set[0] : &set[1];
  PyObject *old = out->name;
  if (!stale0)
    set[1] = set[0];
  found.name = Py_NewRef(name);
  set[0] = found;
  Py_XDECREF(old); /* a str: frees nothing an entry could need */
  return &set[0];
}

/* The entry for (type(obj), name), filled now if the table has none. */
static inline Entry *entry_for(PyObject *obj, PyObject *name) {
  PyTypeObject *tp = Py_TYPE(obj);
  uint32_t version = tp->tp_version_tag;
  if (version != 0) {
    Entry *set = set_of(version, name);
    if (entry_fits(&set[0], version, name))
      return &set[0];
    if (entry_fits(&set[1], version, name))
      return &set[1];
  }
  return fill_entry(tp, name);
}

/* The instance's inline values, when it keeps its attributes there. */
static inline PyDictValues *values_of(PyObject *obj) {
  return (Py_TYPE(obj)->tp_flags & Py_TPFLAGS_MANAGED_DICT) ? *_PyObject_ValuesPointer(obj) : NULL;
}

/* The value of `e`'s attribute on `obj` when it is an instance value or a
   __slots__ member that is set (a borrowed reference), else NULL. */
static inline PyObject *value_of(const Entry *e, PyObject *obj) {
  if (e->kind == SLOT)
    return *(PyObject **)((char *)obj + e->index);
  PyDictValues *values;
  if (e->kind == INSTANCE_VALUE && (values = values_of(obj)) != NULL)
    return values->values[e->index];
  return NULL;
}

/* Whether the method of `e` is what _PyObject_GetMethod finds on `obj`
   (entry_for checked that the shared keys still lack the name). */
static inline int method_applies(const Entry *e, PyObject *obj) {
  return e->keys == NULL || *_PyObject_ManagedDictPointer(obj) == NULL;
}

PyObject *uopjit_getattr(PyObject *owner, PyObject *name) {
  Entry *e = entry_for(owner, name);
  PyObject *v;
  if (e && (v = value_of(e, owner)) != NULL)
    return Py_NewRef(v);
  left_to_cpython++;
  return PyObject_GetAttr(owner, name);
}

int uopjit_setattr(PyObject *owner, PyObject *name, PyObject *value) {
  Entry *e = entry_for(owner, name);
  PyDictValues *values;
  if (e && e->kind == INSTANCE_VALUE && e->generic_setattr &&
      (values = values_of(owner)) != NULL) {
    Py_ssize_t ix = e->index;
    PyObject *old = values->values[ix];
    values->values[ix] = Py_NewRef(value);
    if (old == NULL)
      _PyDictValues_AddToInsertionOrder(values, ix);
    else
      Py_DECREF(old);
    return 0;
  }
  if (e && e->kind == SLOT && e->generic_setattr && !e->readonly) {
    PyObject **slot = (PyObject **)((char *)owner + e->index);
    Py_XSETREF(*slot, Py_NewRef(value));
    return 0;
  }
  left_to_cpython++;
  return PyObject_SetAttr(owner, name, value);
}

int uopjit_getmethod(PyObject *obj, PyObject *name, PyObject **method) {
  Entry *e = entry_for(obj, name);
  if (e && e->kind == METHOD && method_applies(e, obj)) {
    *method = Py_NewRef(e->descr);
    return 1;
  }
  PyObject *v;
  if (e && (v = value_of(e, obj)) != NULL) {
    *method = Py_NewRef(v);
    return 0;
  }
  left_to_cpython++;
  return _PyObject_GetMethod(obj, name, method);
}
