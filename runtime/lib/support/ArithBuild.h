/* Helpers for the uop bodies of the ArithBuild area (see Support.h): the
   stack, arithmetic, container-building and miscellaneous uops
   (catalog/Stack.td, Arith.td, Build.td, Misc.td). What ceval.c keeps
   static, or CPython does not export, is written again here from
   CPython 3.11.2. All arguments are borrowed unless said otherwise. */
#ifndef UOPJIT_RUNTIME_SUPPORT_ARITHBUILD_H
#define UOPJIT_RUNTIME_SUPPORT_ARITHBUILD_H

/* ceval.c's messages. */
#define UOPJIT_UNBOUNDLOCAL_ERROR_MSG                                          \
  "cannot access local variable '%s' where it is not associated with a value"
#define UOPJIT_UNBOUNDFREE_ERROR_MSG                                           \
  "cannot access free variable '%s' where it is not associated with a"         \
  " value in enclosing scope"

/* ceval's format_exc_check_arg: exc(format_str % obj); a NameError gets
   .name = obj. Nothing when obj is NULL or not encodable. */
void uopjit_format_exc_check_arg(PyThreadState *tstate, PyObject *exc,
                                 const char *format_str, PyObject *obj);

/* ceval's format_exc_unbound: UnboundLocalError for a cell variable,
   NameError for a free variable (oparg indexes co_localsplusnames); keeps an
   exception that is already set. */
void uopjit_format_exc_unbound(PyThreadState *tstate, PyCodeObject *co,
                               int oparg);

/* ceval's unbound_local_error label: UnboundLocalError naming
   co_localsplusnames[oparg]. */
void uopjit_unbound_local_error(PyThreadState *tstate,
                                _PyInterpreterFrame *frame, int oparg);

/* The iterators of range() over C longs and of lists, as CPython 3.11.2
   lays them out (Objects/rangeobject.c `rangeiterobject`,
   Objects/listobject.c `listiterobject`; private there): FOR_ITER_RANGE and
   FOR_ITER_LIST run their next() inline. */
typedef struct {
  PyObject_HEAD
  long index;
  long start;
  long step;
  long len;
} UopjitRangeIter;
typedef struct {
  PyObject_HEAD
  Py_ssize_t it_index;
  PyListObject *it_seq; /* NULL once exhausted */
} UopjitListIter;
/* rangeiter_next: 1 and a new reference in *next (NULL: MemoryError), or
   0 when the range is exhausted. */
static inline int uopjit_range_iter_next(UopjitRangeIter *r, PyObject **next) {
  if (r->index >= r->len)
    return 0;
  /* As rangeiter_next: unsigned, so no signed overflow in between. */
  *next = PyLong_FromLong((long)(r->start + (unsigned long)(r->index++) * r->step));
  return 1;
}
/* listiter_next: a new reference to the next item, or NULL (no exception)
   when the list is exhausted, which drops it (a __del__ may run). */
static inline PyObject *uopjit_list_iter_next(UopjitListIter *it) {
  PyListObject *seq = it->it_seq;
  if (seq != NULL && it->it_index < PyList_GET_SIZE(seq))
    return Py_NewRef(PyList_GET_ITEM(seq, it->it_index++));
  it->it_seq = NULL;
  Py_XDECREF(seq);
  return NULL;
}

/* binary_ops[oparg](lhs, rhs) of ceval (oparg an NB_* code). When lhs's
   class defines the operator in Python and nothing else takes part, its
   dunder is called directly (ArithBuild.c python_dunder_op). */
PyObject *uopjit_binary_op(int oparg, PyObject *lhs, PyObject *rhs);
/* Sets every binary operator's dunder (__add__, __sub__, ...) in the
   class namespace `ns` to `func` (0, or -1 with an exception set), so that
   the class made from it has all the slot_nb_* functions; then
   uopjit_learn_nb_slots learns them from that class. */
int uopjit_define_nb_dunders(PyObject *ns, PyObject *func);
void uopjit_learn_nb_slots(PyTypeObject *probe);

/* _PyLong_Add / _PyLong_Subtract / _PyLong_Multiply (hidden) on exact
   ints: the same one-digit fast path, else the int type's own slot. */
PyObject *uopjit_long_add(PyObject *a, PyObject *b);
PyObject *uopjit_long_subtract(PyObject *a, PyObject *b);
PyObject *uopjit_long_multiply(PyObject *a, PyObject *b);

/* BUILD_MAP's _PyDict_FromItems(&items[0], 2, &items[1], 2, n) (hidden),
   through the exported _PyStack_AsDict, which calls it. */
PyObject *uopjit_dict_from_pairs(PyObject *const *items, Py_ssize_t n);

/* ceval's unpack_iterable: stores new references downwards from sp (item
   0 at sp[-1]); 1 on success, 0 with an exception set. */
int uopjit_unpack_iterable(PyThreadState *tstate, PyObject *v, int argcnt,
                           int argcntafter, PyObject **sp);

/* ceval's import_name, import_from, import_all_from. */
PyObject *uopjit_import_name(PyThreadState *tstate, _PyInterpreterFrame *frame,
                             PyObject *name, PyObject *fromlist,
                             PyObject *level);
PyObject *uopjit_import_from(PyThreadState *tstate, PyObject *v,
                             PyObject *name);
int uopjit_import_all_from(PyThreadState *tstate, PyObject *locals,
                           PyObject *v);

/* _PyFrame_FastToLocalsWithError / _PyFrame_LocalsToFast (hidden) for the
   running frame. */
int uopjit_fast_to_locals(_PyInterpreterFrame *frame);
void uopjit_locals_to_fast(_PyInterpreterFrame *frame, int clear);

/* ceval's format_kwargs_error (DICT_MERGE). */
void uopjit_format_kwargs_error(PyThreadState *tstate, PyObject *func,
                                PyObject *kwargs);

/* ceval's match_keys and match_class (PEP 634). match_class returns NULL
   both on no match and on error: check _PyErr_Occurred. */
PyObject *uopjit_match_keys(PyThreadState *tstate, PyObject *map,
                            PyObject *keys);
PyObject *uopjit_match_class(PyThreadState *tstate, PyObject *subject,
                             PyObject *type, Py_ssize_t nargs,
                             PyObject *kwargs);

/* bltinmodule.c's builtin_min and builtin_max (static there), learned when
   the extension loads (uopjit_learn_min_max: 0, or -1 with an exception
   set). */
extern PyCFunction uopjit_builtin_min, uopjit_builtin_max;
int uopjit_learn_min_max(void);
/* uopjit_min_max_of_numbers, which compares as the comparison uops do, is
   in UopBody.h. */

#endif
