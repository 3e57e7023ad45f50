/*===- Frames.c - calling a Python function on a frame of our own -------===*
 *
 * What _PyFunction_Vectorcall -> _PyEval_Vector does for a Python function,
 * without its layers: push an interpreter frame on the thread's data stack,
 * fill it, evaluate it (through the installed PEP 523 evaluator: ours runs
 * the callee's compiled code, or the interpreter), clear it and pop it.
 * CPython 3.11 keeps the pieces (_PyEvalFramePushAndInit, _PyFrame_Clear,
 * _PyThreadState_PopFrame) hidden, so they are written again here from
 * Python/ceval.c, Python/frame.c and Python/pystate.c of 3.11.2.
 *
 * One thing differs from CPython: data-stack chunks that empty are kept
 * for the thread's next pushes (up to SPARE_BYTES) instead of being
 * unmapped. CPython maps a chunk when a push crosses the end of the
 * current one and unmaps it when the frame that crossed pops, so recursion
 * whose depth swings across a chunk boundary makes an mmap and a munmap
 * per call (bench/fib's ackermann: 40% of python3.11's time is in the
 * kernel).
 *
 *===----------------------------------------------------------------------===*/
#include "UopBody.h"

#include <pthread.h>

/* frame.c's take_ownership: the frame object outlives the call (someone
   kept sys._getframe() or a traceback), so the frame's data moves into it
   and it links to its caller's frame object. That object is made (hidden
   _PyFrame_GetFrameObject) through PyFrame_GetBack, while this frame is
   still linked to its caller. */
static void take_ownership(PyFrameObject *f, _PyInterpreterFrame *frame) {
  _PyInterpreterFrame *prev = frame->previous;
  while (prev && _PyFrame_IsIncomplete(prev))
    prev = prev->previous;
  PyFrameObject *back = prev ? PyFrame_GetBack(f) : NULL;
  if (prev && back == NULL)
    PyErr_Clear(); /* a MemoryError: nothing to be done about it */
  Py_ssize_t size = (char *)&frame->localsplus[frame->stacktop] - (char *)frame;
  memcpy((_PyInterpreterFrame *)f->_f_frame_data, frame, size);
  frame = (_PyInterpreterFrame *)f->_f_frame_data;
  f->f_frame = frame;
  frame->owner = FRAME_OWNED_BY_FRAME_OBJECT;
  if (_PyFrame_IsIncomplete(frame)) {
    /* Dead before its first RESUME: pretend that it ran. */
    frame->prev_instr = _PyCode_CODE(frame->f_code) + frame->f_code->_co_firsttraceable;
  }
  if (prev) {
    f->f_back = back; /* PyFrame_GetBack's new reference */
    frame->previous = NULL;
  }
  if (!_PyObject_GC_IS_TRACKED((PyObject *)f))
    _PyObject_GC_TRACK((PyObject *)f);
}

/* pystate.c's sizes: the smallest chunk, and the room a new chunk keeps
   beyond the frame that needed it. */
#define DATA_STACK_CHUNK_SIZE (16 * 1024)
#define MINIMUM_OVERHEAD 1000

/* The chunks this thread emptied, kept for its next pushes (linked by
   `previous`, most recent first, at most SPARE_BYTES in all); initial-exec
   TLS like the C stack limit in Runtime.c. When the thread ends,
   spare_key's destructor frees them. */
#define SPARE_BYTES (1024 * 1024)
static __thread __attribute__((tls_model("initial-exec"))) _PyStackChunk *spares;
static __thread __attribute__((tls_model("initial-exec"))) size_t spare_bytes;
static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;

static void free_chunk(_PyStackChunk *chunk) {
  PyObjectArenaAllocator arena;
  PyObject_GetArenaAllocator(&arena);
  arena.free(arena.ctx, chunk, chunk->size);
}

static void free_spares(void *first) {
  for (_PyStackChunk *chunk = first, *next; chunk; chunk = next) {
    next = chunk->previous;
    free_chunk(chunk);
  }
}

static void make_spare_key(void) { (void)pthread_key_create(&spare_key, free_spares); }

/* pystate.c's push_chunk: a chunk with room for `size` slots becomes the
   thread's current one; returns the frame's place in it (its first slot:
   the thread's root chunk, which must never be popped, is never this one),
   or NULL when memory runs out. Chunks come from the arena allocator, as
   CPython's do, because CPython frees the chunks a thread still holds
   when the thread state is cleared. */
static PyObject **push_chunk(PyThreadState *tstate, size_t size) {
  size_t bytes = DATA_STACK_CHUNK_SIZE;
  while (bytes < sizeof(PyObject *) * (size + MINIMUM_OVERHEAD))
    bytes *= 2;
  _PyStackChunk *chunk = spares;
  if (chunk && chunk->size >= bytes) {
    spares = chunk->previous;
    spare_bytes -= chunk->size;
    (void)pthread_setspecific(spare_key, spares);
  } else {
    PyObjectArenaAllocator arena;
    PyObject_GetArenaAllocator(&arena);
    chunk = arena.alloc(arena.ctx, bytes);
    if (chunk == NULL)
      return NULL;
    chunk->size = bytes;
  }
  chunk->previous = tstate->datastack_chunk;
  chunk->top = 0;
  tstate->datastack_chunk->top = tstate->datastack_top - &tstate->datastack_chunk->data[0];
  tstate->datastack_chunk = chunk;
  tstate->datastack_limit = (PyObject **)((char *)chunk + chunk->size);
  tstate->datastack_top = &chunk->data[0] + size;
  return &chunk->data[0];
}

/* pystate.c's _PyThreadState_PopFrame for a frame that starts its chunk:
   the previous chunk becomes current again and this one is kept. */
void uopjit_pop_chunk(PyThreadState *tstate) {
  _PyStackChunk *chunk = tstate->datastack_chunk;
  _PyStackChunk *previous = chunk->previous;
  tstate->datastack_top = &previous->data[previous->top];
  tstate->datastack_chunk = previous;
  tstate->datastack_limit = (PyObject **)((char *)previous + previous->size);
  if (spare_bytes + chunk->size > SPARE_BYTES) {
    free_chunk(chunk);
    return;
  }
  pthread_once(&spare_once, make_spare_key);
  chunk->previous = spares;
  spares = chunk;
  spare_bytes += chunk->size;
  (void)pthread_setspecific(spare_key, spares);
}

/* A tuple of new references to items[0..n) (CPython's _PyTuple_FromArray
   is not exported); NULL with MemoryError set. */
static PyObject *tuple_of(PyObject *const *items, int n) {
  PyObject *tuple = PyTuple_New(n);
  for (int i = 0; tuple && i < n; i++)
    PyTuple_SET_ITEM(tuple, i, Py_NewRef(items[i]));
  return tuple;
}

int uopjit_release_frame_object(_PyInterpreterFrame *frame) {
  PyFrameObject *f = frame->frame_obj;
  frame->frame_obj = NULL;
  int taken = Py_REFCNT(f) > 1;
  if (taken)
    take_ownership(f, frame);
  Py_DECREF(f);
  return taken;
}

PyObject *uopjit_call_py_general(PyThreadState *tstate, PyFunctionObject *func,
                                 PyObject **args, int argcount) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  /* The positional parameters passed, and the *args tuple. */
  int npos = argcount < co->co_argcount ? argcount : co->co_argcount;
  PyObject *varargs = NULL;
  if (co->co_flags & CO_VARARGS) {
    varargs = tuple_of(args + npos, argcount - npos);
    if (varargs == NULL)
      return NULL;
  }
  size_t size = uopjit_frame_size(co);
  PyObject **base = tstate->datastack_top;
  if (base != NULL && base + size < tstate->datastack_limit) {
    tstate->datastack_top = base + size;
  } else if (base == NULL || (base = push_chunk(tstate, size)) == NULL) {
    /* No data stack yet, or no memory: CPython's own path copes. */
    Py_XDECREF(varargs);
    PyObject *vec[argcount + 1];
    memcpy(vec + 1, args, argcount * sizeof(PyObject *));
    return _PyFunction_Vectorcall((PyObject *)func, vec + 1,
                                  argcount | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
  }
  _PyInterpreterFrame *frame = (_PyInterpreterFrame *)base;
  uopjit_init_frame(frame, func, args, argcount, varargs);
  PyObject *result = uopjit_run_pushed(tstate, frame);
  uopjit_clear_and_pop(tstate, frame);
  return result;
}

initproc uopjit_slot_tp_init;

int uopjit_learn_slots(void) {
  if (uopjit_slot_tp_init != NULL)
    return 0;
  PyObject *cls = NULL, *ns = PyDict_New();
  PyObject *code = Py_CompileString("def __init__(self): pass\n"
                                    "def binary(self, other): pass\n",
                                    "<uopjit>", Py_file_input);
  if (ns && code) {
    PyObject *globals = PyDict_New();
    PyObject *done = globals ? PyEval_EvalCode(code, globals, ns) : NULL;
    PyObject *binary = done ? PyDict_GetItemString(ns, "binary") : NULL;
    if (binary && uopjit_define_nb_dunders(ns, binary) == 0)
      cls = PyObject_CallFunction((PyObject *)&PyType_Type, "s()O", "uopjit_probe", ns);
    Py_XDECREF(done);
    Py_XDECREF(globals);
  }
  if (cls) {
    uopjit_slot_tp_init = ((PyTypeObject *)cls)->tp_init;
    uopjit_learn_nb_slots((PyTypeObject *)cls);
  }
  Py_XDECREF(cls);
  Py_XDECREF(code);
  Py_XDECREF(ns);
  return uopjit_slot_tp_init ? 0 : -1;
}

PyObject *uopjit_call_class(PyThreadState *tstate, PyTypeObject *type, PyObject **args,
                            int argcount) {
  /* _PyObject_MakeTpCall's level of recursion, kept so that
     RecursionError comes at the same depth as without the JIT. */
  if (_Py_EnterRecursiveCallTstate(tstate, " while calling a Python object"))
    return NULL;
  /* object_new itself (it also sets up the instance's inline values), on
     no arguments: with a Python __init__ it ignores them. */
  PyObject *none = PyTuple_New(0);
  PyObject *self = none ? type->tp_new(type, none, NULL) : NULL;
  Py_XDECREF(none);
  int ok = 0;
  if (self != NULL) {
    /* slot_tp_init looks __init__ up now: allocating may have run a
       finalizer that replaced it. */
    PyObject *init = _PyType_Lookup(type, &_Py_ID(__init__));
    PyObject *res;
    if (init && uopjit_can_call_py(init, argcount + 1)) {
      PyObject *saved = args[-1];
      args[-1] = self;
      res = uopjit_call_py(tstate, (PyFunctionObject *)init, args - 1, argcount + 1);
      args[-1] = saved;
    } else {
      /* Anything else: type_call's own tp_init call, on a tuple. */
      PyObject *tuple = tuple_of(args, argcount);
      int err = tuple ? type->tp_init(self, tuple, NULL) : -1;
      Py_XDECREF(tuple);
      res = err < 0 ? NULL : Py_NewRef(Py_None);
    }
    if (res != NULL && res != Py_None)
      PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'",
                   Py_TYPE(res)->tp_name);
    ok = res == Py_None;
    Py_XDECREF(res);
  }
  if (!ok)
    Py_CLEAR(self); /* inside the recursion level, as type_call does */
  _Py_LeaveRecursiveCallTstate(tstate);
  return self;
}
