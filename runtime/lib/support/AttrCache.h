/*===- AttrCache.h - attribute access at sites the specializer gave up on ===*
 *
 * CPython 3.11 caches one type per attribute site. A site that sees
 * several types (a method called on instances of four subclasses) stays
 * generic in the interpreter, and in compiled code after a deopt made it
 * generic: every access then pays PyObject_GetAttr / _PyObject_GetMethod /
 * PyObject_SetAttr (a method-cache lookup in the type, a hash lookup in the
 * instance's keys, descriptor checks).
 *
 * These three do the same with a table shared by every site, keyed by the
 * (type version, name) pair, as CPython's method cache is keyed: what the
 * attribute is for instances of that type state (an instance value at a
 * known index, a method the instance cannot shadow, a __slots__ member) is
 * found once, then each access is a table probe and the load or store.
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_SUPPORT_ATTRCACHE_H
#define UOPJIT_RUNTIME_SUPPORT_ATTRCACHE_H

/* PyObject_GetAttr(owner, name): a new reference, or NULL with an
   exception set. */
PyObject *uopjit_getattr(PyObject *owner, PyObject *name);

/* PyObject_SetAttr(owner, name, value): 0, or -1 with an exception set. */
int uopjit_setattr(PyObject *owner, PyObject *name, PyObject *value);

/* _PyObject_GetMethod(obj, name, method): 1 with *method the unbound method
   (obj is self), 0 with *method the attribute, or 0 with *method NULL and
   an exception set. New references. */
int uopjit_getmethod(PyObject *obj, PyObject *name, PyObject **method);

/* How many entries the table has made, and how many accesses it left to
   CPython's functions, since the process started. */
void uopjit_attr_cache_counts(uint64_t *made, uint64_t *left_to_cpython);

#endif
