/*===- Runtime.c - the eval hook, per-code state and the _uopjit module ---===*
 *
 * uopjit enters CPython through PEP 523: every frame the interpreter is
 * asked to run reaches uopjit_eval first. A code object is compiled when
 * its call count reaches the threshold; its program then runs on the real
 * frame (the same entry protocol as _PyEval_EvalFrameDefault, so
 * sys._getframe(), tracebacks and the recursion limit see it), and any
 * deopt or error hands the frame to the interpreter at the exit's offset.
 * Everything uopjit cannot do yet (generators resumed mid-way, tracing,
 * gen.throw(), functions the compiler rejects) runs in the interpreter.
 *
 *===----------------------------------------------------------------------===*/
#include "Interp.h"
#include "Jit.h"
#include "uopjit/Runtime/Compiler.h"
#include "opcode.h"

#include <pthread.h>
#include <string.h>
#include <time.h>

/* A code object whose compiled code deoptimizes more often than this (and
   more than once per DEOPT_RATIO runs; errors raised do not count) is
   compiled again from the bytecode the interpreter has re-specialized
   meanwhile (a site that causes this twice is compiled generic:
   note_deopt_sites), at most MAX_RECOMPILES times (recompilations that
   moved a site on do not count, up to MAX_SITE_RECOMPILES of them);
   then it is left to the interpreter for good. A deopt costs the rest of
   the run in the interpreter, but a generic site costs every run:
   recompiling at 1 deopt in 100 runs made bench/richards 13% slower.
   Code that deoptimizes in most of its runs is recompiled sooner, after
   EARLY_DEOPT_LIMIT deopts: each of those runs finishes in the interpreter
   (bench/shapes' main loop deoptimized on its first shape in every run
   and ran its 400 shapes in the interpreter 1000 times). */
#define DEOPT_LIMIT 1000
#define DEOPT_RATIO 10
#define EARLY_DEOPT_LIMIT 50
#define MAX_RECOMPILES 3
#define MAX_SITE_RECOMPILES 13
/* A leaf function compiled for its compiled callers that raises in more
   than one of RAISE_RATIO runs (after RAISE_MIN_RUNS) is left to the
   interpreter (count_deopt). */
#define RAISE_RATIO 8
#define RAISE_MIN_RUNS 256

/* CODE_LEAF: rejected by the leaf rule (Compiler.h UOPJIT_RULE_LEAF), so
   left to the interpreter while interpreted code makes most of its calls;
   compiled once compiled code makes most of them (leaf_ready). */
typedef enum { CODE_COUNTING, CODE_COMPILED, CODE_REJECTED, CODE_LEAF } CodeStatus;

/* Compiled code that was replaced: kept until the code object dies, since
   activations (recursion, suspended generators) may still run it. */
typedef struct Retired {
  UopjitCompiled *compiled;
  UopjitCode *code;
  struct Retired *next;
} Retired;

/* Kept small and hot fields first: every frame evaluation reads it. */
typedef struct CodeState {
  CodeStatus status;
  int is_generator; /* the compiled program's: its first run is the interpreter's */
  uint64_t calls, runs, deopts; /* deopts: every exit, errors included */
  uint64_t guard_deopts;        /* exits that were not errors */
  int recompiles, site_recompiles; /* the latter moved a site on (note_deopt_sites) */
  Retired *retired;
  UopjitCompiled *compiled;
  const UopjitProgram *prog; /* compiled's program */
  UopjitCode *code; /* machine code (backend "machine") */
  UopjitJitFunction entry; /* code's start, for the calls that need no lookup */
  UopjitJitFunction *resume_starts; /* code of each of prog->entries */
  /* Per exit of the current program: [2 * exit] deopts, [2 * exit + 1]
     errors; and how many of them are in jit.deopt_sites already. Counting
     is all a deopt costs; the sites dict is brought up to date when asked
     for (uopjit.stats()), at recompilation and when the code dies. */
  uint64_t *exit_counts, *exit_counts_folded;
  PyCodeObject *co; /* the code object owning this state (borrowed) */
  Py_ssize_t counted_index; /* in jit.counted, or -1 */
  double compile_seconds;
  char *reason; /* why it was rejected (malloc'ed) */
  /* Bytecode offsets of the sites that caused a recompilation once
     (suspects), and of those that caused one again and are compiled as
     the generic instruction (note_deopt_sites). */
  int32_t *suspects, *generic;
  uint32_t nsuspects, ngeneric;
  /* Loop time (times_calls): whether calls are timed (0 not decided yet,
     1 yes, -1 no), and the interpreter's time in the timed calls. */
  int timed;
  double interpreted_seconds;
  const char *hot_by; /* what made it hot: "calls", "loop time" or NULL */
  /* CODE_LEAF: its calls since, from interpreted [0] and compiled [1]
     callers (leaf_ready); compiled_leaf: compiled from CODE_LEAF
     (count_deopt's RAISE_RATIO). */
  uint64_t leaf_calls[2];
  int compiled_leaf;
} CodeState;

static struct {
  int active;
  Py_ssize_t extra_index;
  _PyFrameEvalFunction replaced; /* the evaluator active before us */
  uint64_t threshold;
  double loop_seconds; /* compile a function with loops after this much interpreted time; 0: never */
  int count_uops;
  int keep_ir; /* keep every compiled function's optimized dialect for info() */
  int compile_all; /* no profitability rules (threshold 1 implies it) */
  int machine; /* backend: 1 machine code, 0 the tier-2 interpreter */
  char passes[512];
  /* Statistics. */
  uint64_t compiled, compile_failures;
  double compile_seconds;
  double emit_seconds; /* copy-and-patch's share of it (monotonic clock) */
  uint64_t uops_emitted, program_bytes, code_bytes, bytecode_bytes, deopts, recompiles;
  uint64_t hot_by_loop_time; /* compilations that loop time asked for */
  PyObject *rejected;    /* list of (qualname, filename, line, reason) */
  PyObject *deopt_sites; /* {"qualname (file:line) @offset reason": count} */
  CodeState **counted;   /* states with exit counts not yet folded into it */
  Py_ssize_t ncounted, counted_capacity;
  uint64_t uop_counts[UOPJIT_NUM_UOPS];
} jit = {.threshold = 1000, .loop_seconds = 0.010, .passes = "uop-optimize", .extra_index = -1, .machine = 1};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The CPU time of this thread: what a compilation costs the program, in
   the unit bench/run times programs by (CPU seconds). The wall clock
   would add the VM's steal and whatever else the machine ran meanwhile
   (one compilation measured 1.4 and 5.6 ms in two runs). A system call,
   not the vDSO: read only around compilations. */
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void free_compiled(UopjitCompiled *compiled, UopjitCode *code) {
  uopjit_code_free(code);
  if (compiled)
    uopjit_compiled_free(compiled);
}

/* Adds the exit counts of `st` not yet in jit.deopt_sites to it. */
static void fold_counts(CodeState *st) {
  if (st->exit_counts == NULL || jit.deopt_sites == NULL || _Py_IsFinalizing())
    return;
  PyObject *exc_type, *exc_value, *exc_tb; /* may run while one propagates */
  PyErr_Fetch(&exc_type, &exc_value, &exc_tb);
  const UopjitProgram *prog = st->prog;
  for (uint32_t i = 0; i < 2 * prog->nexits; i++) {
    uint64_t n = st->exit_counts[i] - st->exit_counts_folded[i];
    if (n == 0)
      continue;
    st->exit_counts_folded[i] = st->exit_counts[i];
    PyObject *key = PyUnicode_FromFormat("%U (%U:%d) @%d %s", st->co->co_qualname,
                                         st->co->co_filename, st->co->co_firstlineno,
                                         prog->exits[i / 2].offset, i % 2 ? "raise" : "deopt");
    PyObject *old = key ? PyDict_GetItemWithError(jit.deopt_sites, key) : NULL;
    if (old)
      n += PyLong_AsUnsignedLongLong(old);
    PyObject *count = key && !PyErr_Occurred() ? PyLong_FromUnsignedLongLong(n) : NULL;
    if (count == NULL || PyDict_SetItem(jit.deopt_sites, key, count) < 0)
      PyErr_Clear();
    Py_XDECREF(count);
    Py_XDECREF(key);
  }
  PyErr_Restore(exc_type, exc_value, exc_tb);
}

static void fold_all_counts(void) {
  for (Py_ssize_t i = 0; i < jit.ncounted; i++)
    fold_counts(jit.counted[i]);
}

static void uncount(CodeState *st) {
  if (st->counted_index < 0)
    return;
  CodeState *last = jit.counted[--jit.ncounted];
  jit.counted[st->counted_index] = last;
  last->counted_index = st->counted_index;
  st->counted_index = -1;
}

static void free_exit_counts(CodeState *st) {
  PyMem_RawFree(st->exit_counts);
  PyMem_RawFree(st->exit_counts_folded);
  st->exit_counts = st->exit_counts_folded = NULL;
}

static void free_code_state(void *p) {
  CodeState *st = p;
  if (st == NULL)
    return;
  fold_counts(st);
  uncount(st);
  free_exit_counts(st);
  free_compiled(st->compiled, st->code);
  while (st->retired) {
    Retired *r = st->retired;
    st->retired = r->next;
    free_compiled(r->compiled, r->code);
    PyMem_RawFree(r);
  }
  PyMem_RawFree(st->resume_starts);
  PyMem_RawFree(st->reason);
  PyMem_RawFree(st->suspects);
  PyMem_RawFree(st->generic);
  PyMem_RawFree(st);
}

/* codeobject.c's holder of co_extra (what _PyCode_GetExtra reads; read
   here directly, as every frame evaluation looks its code's state up). */
typedef struct {
  Py_ssize_t ce_size;
  void *ce_extras[1];
} CodeExtra;

/* When a code object dies, CPython calls every registered co_extra free
   function on its slot, set or NULL, for each slot below ce_size, and
   _PyCode_SetExtra makes the array as long as the number of users
   registered so far. Our state on nearly every code object that runs would
   so make another user's free function run for code it never touched, at
   every code object's death, finalization included (a ctypes callback into
   Python there crashed CPython's test_code). The NULL slots past ours are
   no part of the array: _PyCode_SetExtra grows it again, NULL-filled, when
   a user sets one of them. */
static void trim_extras(CodeExtra *extra) {
  Py_ssize_t size = extra->ce_size;
  while (size > jit.extra_index + 1 && extra->ce_extras[size - 1] == NULL)
    size--;
  extra->ce_size = size;
}

static CodeState *code_state(PyCodeObject *co, int create) {
  CodeExtra *extra = (CodeExtra *)co->co_extra;
  void *p = extra && jit.extra_index >= 0 && jit.extra_index < extra->ce_size
                ? extra->ce_extras[jit.extra_index]
                : NULL;
  if (p == NULL && create) {
    p = PyMem_RawCalloc(1, sizeof(CodeState));
    if (p) {
      ((CodeState *)p)->co = co;
      ((CodeState *)p)->counted_index = -1;
    }
    if (p == NULL || _PyCode_SetExtra((PyObject *)co, jit.extra_index, p) < 0) {
      PyErr_Clear();
      PyMem_RawFree(p);
      return NULL;
    }
    trim_extras((CodeExtra *)co->co_extra);
  }
  return p;
}

/* Takes `co`'s entry out of the rejected list: a function the leaf rule
   had left to the interpreter is compiled or rejected for good now. */
static void unreject(PyCodeObject *co) {
  for (Py_ssize_t i = PyList_GET_SIZE(jit.rejected) - 1; i >= 0; i--) {
    PyObject *entry = PyList_GET_ITEM(jit.rejected, i);
    if (PyTuple_GET_ITEM(entry, 0) == co->co_qualname &&
        PyTuple_GET_ITEM(entry, 1) == co->co_filename &&
        PyLong_AsLong(PyTuple_GET_ITEM(entry, 2)) == co->co_firstlineno) {
      /* Removing one item of a list allocates nothing: it cannot fail. */
      PyList_SetSlice(jit.rejected, i, i + 1, NULL);
      return;
    }
  }
}

static void reject(PyCodeObject *co, CodeState *st, const char *why) {
  if (st->status == CODE_LEAF)
    unreject(co);
  st->status = CODE_REJECTED;
  PyMem_RawFree(st->reason);
  st->reason = PyMem_RawMalloc(strlen(why) + 1);
  if (st->reason)
    strcpy(st->reason, why);
  PyObject *entry = Py_BuildValue("(OOis)", co->co_qualname, co->co_filename,
                                  co->co_firstlineno, why);
  /* Strings and an int: the collector would untrack the tuple at its next
     pass anyway. Untracked now, a rejection adds nothing to
     gc.get_objects(), which programs count (test_descr's test_slots
     counts it around ten calls of one method). */
  if (entry != NULL)
    PyObject_GC_UnTrack(entry);
  if (entry == NULL || PyList_Append(jit.rejected, entry) < 0)
    PyErr_Clear();
  Py_XDECREF(entry);
}

/* Whether `match(opcode, oparg, ctx)` holds for an instruction of `co`,
   read from co_code (deoptimized, caches zeroed: every even byte an
   opcode), EXTENDED_ARGs folded into the oparg of the next. */
static int any_instruction(PyCodeObject *co, int (*match)(int, unsigned, void *), void *ctx) {
  PyObject *code = PyCode_GetCode(co);
  if (code == NULL) {
    PyErr_Clear();
    return 0;
  }
  const unsigned char *bytes = (const unsigned char *)PyBytes_AS_STRING(code);
  Py_ssize_t n = PyBytes_GET_SIZE(code);
  int found = 0;
  unsigned oparg = 0;
  for (Py_ssize_t i = 0; i < n && !found; i += 2) {
    oparg = oparg << 8 | bytes[i + 1];
    if (bytes[i] == EXTENDED_ARG)
      continue;
    found = match(bytes[i], oparg, ctx);
    oparg = 0;
  }
  Py_DECREF(code);
  return found;
}

typedef struct {
  PyCodeObject *co;
  PyObject *globals, *builtins;
} GlobalScope;

static int loads_plain_class(int opcode, unsigned oparg, void *ctx) {
  GlobalScope *scope = ctx;
  if (opcode != LOAD_GLOBAL || (Py_ssize_t)(oparg >> 1) >= PyTuple_GET_SIZE(scope->co->co_names))
    return 0;
  PyObject *name = PyTuple_GET_ITEM(scope->co->co_names, oparg >> 1);
  PyObject *value = PyDict_GetItemWithError(scope->globals, name);
  if (value == NULL && !PyErr_Occurred() && scope->builtins && PyDict_Check(scope->builtins))
    value = PyDict_GetItemWithError(scope->builtins, name);
  PyErr_Clear();
  return value != NULL && uopjit_is_plain_class(value);
}

/* Whether `co` looks up, as a global, a class it would instantiate
   through uopjit_call_class (uopjit_is_plain_class) in `globals` or
   `builtins`: compiled, such a call skips type_call's layers, which the
   interpreter pays (a profitability rule: Compiler.cpp). */
static int looks_up_plain_class(PyCodeObject *co, PyObject *globals, PyObject *builtins) {
  if (globals == NULL || !PyDict_Check(globals))
    return 0;
  GlobalScope scope = {co, globals, builtins};
  return any_instruction(co, loads_plain_class, &scope);
}

#define RESUMABLE_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)

static int jumps_back(int opcode, unsigned oparg, void *ctx) {
  return uopjit_opcode_jumps_back(opcode);
}

/* Whether `co` is a plain function (no generator or coroutine) with a
   backward jump, a loop: read from the bytecode once per code object and
   kept in st->timed (loop time, times_calls, times only those). */
static int is_looping_function(PyCodeObject *co, CodeState *st) {
  if (st->timed == 0)
    st->timed =
        !(co->co_flags & RESUMABLE_FLAGS) && any_instruction(co, jumps_back, NULL) ? 1 : -1;
  return st->timed > 0;
}

/* Compiles `co` now; the state says how it went. Never raises, and leaves
   any exception being handled as it was. `keep_ir`: keep the optimized
   dialect for info(). `frame` (or NULL): the call that made the code hot,
   its parameters' types and its namespaces a hint for the passes; without
   one, `func` (or NULL: the function asked for) gives the namespaces. */
static void compile_code(PyCodeObject *co, CodeState *st, int keep_ir,
                         _PyInterpreterFrame *frame, PyFunctionObject *func) {
  PyObject *exc_type, *exc_value, *exc_tb;
  PyErr_Fetch(&exc_type, &exc_value, &exc_tb);
  char why[512] = "";
  double start = cpu_now();
  UopjitObserved observed = {0};
  if (frame)
    observed = (UopjitObserved){(void *const *)frame->localsplus,
                                co->co_argcount + co->co_kwonlyargcount, frame->f_globals,
                                frame->f_builtins};
  else if (func)
    observed = (UopjitObserved){NULL, 0, func->func_globals, func->func_builtins};
  /* Threshold 1 compiles everything, as asked; a function the leaf rule
     left to the interpreter is compiled once compiled code calls it. */
  unsigned rules = frame != NULL && jit.threshold > 1 && !jit.compile_all
                       ? UOPJIT_RULE_SUSPENDING | UOPJIT_RULE_LEAF
                       : 0;
  if (st->status == CODE_LEAF)
    rules &= ~UOPJIT_RULE_LEAF;
  /* Only the leaf rule reads it (Compiler.cpp): no bytecode scan for code
     it does not apply to. */
  observed.makes_instances =
      (rules & UOPJIT_RULE_LEAF) && !(co->co_flags & RESUMABLE_FLAGS) &&
      !is_looping_function(co, st) &&
      looks_up_plain_class(co, (PyObject *)observed.globals, (PyObject *)observed.builtins);
  int rejected_by = 0;
  UopjitCompiled *compiled =
      uopjit_compile_code(co, jit.passes, keep_ir, st->generic, st->ngeneric, &observed, rules,
                          &rejected_by, why, sizeof(why));
  UopjitCode *code = NULL;
  if (compiled && jit.machine) {
    double emit_start = now();
    code = uopjit_emit(uopjit_compiled_program(compiled), co, why, sizeof(why));
    jit.emit_seconds += now() - emit_start;
    if (code == NULL) {
      uopjit_compiled_free(compiled);
      compiled = NULL;
    }
  }
  double seconds = cpu_now() - start;
  PyErr_Clear();
  PyErr_Restore(exc_type, exc_value, exc_tb);
  st->compile_seconds += seconds;
  jit.compile_seconds += seconds;
  if (compiled == NULL) {
    jit.compile_failures++;
    reject(co, st, why);
    if (rejected_by == UOPJIT_RULE_LEAF)
      st->status = CODE_LEAF;
    return;
  }
  if (st->status == CODE_LEAF) {
    unreject(co);
    st->compiled_leaf = 1;
  }
  const UopjitProgram *prog = uopjit_compiled_program(compiled);
  st->exit_counts = PyMem_RawCalloc(2 * prog->nexits + 1, sizeof(uint64_t));
  st->exit_counts_folded = PyMem_RawCalloc(2 * prog->nexits + 1, sizeof(uint64_t));
  UopjitJitFunction *resume_starts =
      code && prog->nentries ? PyMem_RawMalloc(prog->nentries * sizeof(UopjitJitFunction)) : NULL;
  if (st->exit_counts == NULL || st->exit_counts_folded == NULL ||
      (code && prog->nentries && resume_starts == NULL)) {
    free_exit_counts(st);
    PyMem_RawFree(resume_starts);
    free_compiled(compiled, code);
    reject(co, st, "out of memory");
    return;
  }
  for (uint32_t k = 0; resume_starts && k < prog->nentries; k++)
    resume_starts[k] = uopjit_code_entry(code, prog->entries[k].inst);
  st->compiled = compiled;
  st->prog = prog;
  st->code = code;
  st->entry = code ? uopjit_code_entry(code, 0) : NULL;
  st->resume_starts = resume_starts;
  st->is_generator = prog->is_generator;
  st->status = CODE_COMPILED;
  if (code)
    jit.code_bytes += uopjit_code_size(code);
  jit.compiled++;
  jit.uops_emitted += prog->ninsts;
  jit.bytecode_bytes += (uint64_t)_PyCode_NBYTES(co);
  jit.program_bytes += prog->ninsts * sizeof(UopjitInst) + prog->npool * sizeof(int32_t);
}

/* A site whose exits took at least 1/GENERIC_SHARE of a program's deopts
   caused its recompilation. */
#define GENERIC_SHARE 4

static int offsets_have(const int32_t *list, uint32_t n, int32_t offset) {
  for (uint32_t k = 0; k < n; k++)
    if (list[k] == offset)
      return 1;
  return 0;
}

static int offsets_add(int32_t **list, uint32_t *n, int32_t offset) {
  int32_t *grown = PyMem_RawRealloc(*list, (*n + 1) * sizeof(int32_t));
  if (grown == NULL)
    return 0;
  *list = grown;
  grown[(*n)++] = offset;
  return 1;
}

/* Before a recompilation: the sites that caused it (exits of the current
   program with at least 1/GENERIC_SHARE of its deopts; errors raised do
   not count) are re-specialized the first time (the interpreter has
   specialized them again: a global added once, a type that changed for
   good) and compiled generic the second time (a polymorphic site: a new
   specialization would only swap one type for another). Returns how many
   sites moved on a step, or -1 when out of memory. */
static int note_deopt_sites(CodeState *st) {
  const UopjitProgram *prog = st->prog;
  uint64_t total = 0;
  for (uint32_t i = 0; i < prog->nexits; i++)
    total += st->exit_counts[2 * i];
  int moved = 0;
  for (uint32_t i = 0; i < prog->nexits; i++) {
    uint64_t n = st->exit_counts[2 * i];
    int32_t offset = (int32_t)prog->exits[i].offset;
    if (n == 0 || n * GENERIC_SHARE < total || offsets_have(st->generic, st->ngeneric, offset))
      continue;
    int ok = offsets_have(st->suspects, st->nsuspects, offset)
                 ? offsets_add(&st->generic, &st->ngeneric, offset)
                 : offsets_add(&st->suspects, &st->nsuspects, offset);
    if (!ok)
      return -1;
    moved++;
  }
  return moved;
}

/* After `run` of `ran` (the code's current compiled code, unless a nested
   activation replaced it meanwhile) left at an exit. */
static void count_deopt(PyCodeObject *co, CodeState *st, UopjitCompiled *ran,
                        const UopjitRun *run) {
  jit.deopts++;
  if (ran != st->compiled)
    return;
  st->deopts++;
  st->guard_deopts += run->status == UOPJIT_DEOPTED;
  st->exit_counts[2 * run->exit + (run->status == UOPJIT_RAISED)]++;
  if (st->counted_index < 0) {
    if (jit.ncounted == jit.counted_capacity) {
      Py_ssize_t capacity = jit.counted_capacity ? 2 * jit.counted_capacity : 64;
      CodeState **grown = PyMem_RawRealloc(jit.counted, capacity * sizeof(CodeState *));
      if (grown == NULL)
        fold_counts(st); /* keep the sites dict right without the list */
      else {
        jit.counted = grown;
        jit.counted_capacity = capacity;
      }
    }
    if (jit.ncounted < jit.counted_capacity) {
      st->counted_index = jit.ncounted;
      jit.counted[jit.ncounted++] = st;
    }
  }
  /* A leaf function compiled because compiled code calls it (leaf_ready)
     whose runs often end in an error goes back to the interpreter: an
     error leaves compiled code through the interpreter, which costs more
     than such a function's whole run (bench/exceptions' parse_field). */
  if (run->status == UOPJIT_RAISED && st->compiled_leaf && st->runs >= RAISE_MIN_RUNS &&
      (st->deopts - st->guard_deopts) * RAISE_RATIO > st->runs) {
    char why[160];
    snprintf(why, sizeof(why),
             "a function without loops compiled for its compiled callers raised in %llu of "
             "%llu runs: an error leaves compiled code through the interpreter",
             (unsigned long long)(st->deopts - st->guard_deopts),
             (unsigned long long)st->runs);
    reject(co, st, why);
    return;
  }
  /* Exceptions raised by the program are not the speculation's fault. */
  if (run->status == UOPJIT_DEOPTED &&
      ((st->guard_deopts > DEOPT_LIMIT && st->guard_deopts * DEOPT_RATIO > st->runs) ||
       (st->guard_deopts > EARLY_DEOPT_LIMIT && st->guard_deopts * 2 > st->runs))) {
    char why[128];
    snprintf(why, sizeof(why), "deoptimized %llu times in %llu runs",
             (unsigned long long)st->guard_deopts, (unsigned long long)st->runs);
    /* Count again from zero, then compile what the interpreter has
       specialized by then, the sites that caused recompilations before
       made generic. A run leaves at its first failing guard, so the next
       polymorphic site shows only after this one is generic: a
       recompilation that moves a site on does not count towards
       MAX_RECOMPILES (MAX_SITE_RECOMPILES bounds them). */
    int moved = note_deopt_sites(st);
    if (moved < 0 || st->recompiles >= MAX_RECOMPILES + MAX_SITE_RECOMPILES ||
        (moved == 0 && st->recompiles - st->site_recompiles >= MAX_RECOMPILES)) {
      reject(co, st, why);
      return;
    }
    Retired *r = PyMem_RawCalloc(1, sizeof(Retired));
    if (r == NULL) {
      reject(co, st, why);
      return;
    }
    st->site_recompiles += moved > 0;
    *r = (Retired){st->compiled, st->code, st->retired};
    fold_counts(st);
    free_exit_counts(st);
    st->retired = r;
    st->compiled = NULL;
    st->prog = NULL;
    st->code = NULL;
    st->entry = NULL;
    PyMem_RawFree(st->resume_starts);
    st->resume_starts = NULL;
    st->recompiles++;
    st->status = CODE_COUNTING;
    st->calls = st->runs = st->deopts = st->guard_deopts = 0;
    st->interpreted_seconds = 0;
    jit.recompiles++;
  }
}

/* Runs the compiled program of `frame`'s code from uop `entry` (machine
   code: from `start`): the entry and exit protocol of
   _PyEval_EvalFrameDefault around the compiled code. Unlike the
   interpreter it pushes no _PyCFrame of its own: compiled code never
   returns into a caller's frame the way the interpreter's inlined calls
   do, so the current cframe only has to name this frame while it runs
   (what sys._getframe and tracebacks read), and tracing switched on
   inside the run stays switched on for the caller, as a pushed cframe
   would pass it back. A deopt hands the frame to the interpreter, which
   pushes its own. Inlined into its callers (NO_MEMSET_CALL on each):
   registers are emptied by a loop, not memset, as a handful of them is
   the common case and a call into libc's memset cost more than the
   stores (2% of a call-heavy profile). */
#define NO_MEMSET_CALL __attribute__((no_builtin("memset")))
#define UOPJIT_SMALL_REGISTER_FILE 48
__attribute__((always_inline)) static inline PyObject *
run_compiled(PyThreadState *tstate, _PyInterpreterFrame *frame, CodeState *st, uint32_t entry,
             UopjitJitFunction start) {
  _PyCFrame *cframe = tstate->cframe;
  _PyInterpreterFrame *caller = cframe->current_frame;
  if (_Py_EnterRecursiveCallTstate(tstate, "")) {
    tstate->recursion_remaining--;
    _Py_LeaveRecursiveCallTstate(tstate);
    return NULL;
  }
  frame->is_entry = true;
  frame->previous = caller;
  cframe->current_frame = frame;
  st->runs++;
  UopjitRun run;
  /* This run keeps to this code even if a nested activation replaces it
     (replaced code lives as long as the code object). */
  UopjitCompiled *compiled = st->compiled;
  const UopjitProgram *prog = st->prog;
  PyObject *result;
  if (st->code) {
    /* The register file and the scratch buffers of this activation, on
       the C stack: a stack of register files per thread would break when
       greenlet switches C stacks. A fixed array when they fit: sized per
       program (a variable-length array), they made a call of a compiled
       one-line function 7% slower (8 million calls: 0.285 s against
       0.265). */
    size_t nspace = prog->nregs + UOPJIT_SCRATCH_SLOTS(prog);
    PyObject *small[UOPJIT_SMALL_REGISTER_FILE];
    PyObject **space = nspace <= UOPJIT_SMALL_REGISTER_FILE
                           ? small
                           : __builtin_alloca(nspace * sizeof(PyObject *));
    PyObject **regs = space, **scratch = space + prog->nregs;
    /* Exits sweep the object registers; raw ones are always written before
       they are read. */
    for (uint32_t r = 0; r < prog->nobjregs; r++)
      regs[r] = NULL;
    UopjitJitFrame jf = {.prog = prog, .pool = prog->pool,
                         .scratch_in = scratch + UOPJIT_ARRAY_HEADROOM,
                         .scratch_out = scratch + UOPJIT_ARRAY_HEADROOM + prog->max_array};
    result = start(&jf, regs, frame, tstate);
    if (result == NULL) {
      run.status = jf.status;
      run.exit = jf.exit_inst->exit;
    }
    uopjit_finish_run(prog, frame, regs, result, &run);
  } else {
    run.counts = jit.count_uops ? jit.uop_counts : NULL;
    result = uopjit_interpret(prog, tstate, frame, entry, &run);
  }
  _Py_LeaveRecursiveCallTstate(tstate);
  /* Whatever ran inside left the cframe as it found it. */
  assert(tstate->cframe == cframe);
  cframe->current_frame = caller;
  if (run.status == UOPJIT_RETURNED)
    return result;
  count_deopt(frame->f_code, st, compiled, &run);
  return _PyEval_EvalFrameDefault(tstate, frame, run.status == UOPJIT_RAISED);
}

static PyObject *call_replaced(PyThreadState *tstate, _PyInterpreterFrame *frame,
                               int throwflag) {
  if (jit.replaced && jit.replaced != _PyEval_EvalFrameDefault)
    return jit.replaced(tstate, frame, throwflag);
  return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
}

/* The index in prog->entries of the resume point of a generator frame the
   interpreter would continue at prev_instr + 1, if the program has one;
   else -1. */
static long resume_index(const UopjitProgram *prog, PyCodeObject *co,
                         _PyInterpreterFrame *frame) {
  int offset = (int)(frame->prev_instr + 1 - _PyCode_CODE(co)) * 2;
  /* A handful of entries (one per yield): a linear search beats a binary
     one here. */
  for (uint32_t i = 0; i < prog->nentries; i++)
    if (prog->entries[i].offset == offset)
      return (long)i;
  return -1;
}

/* Runs `frame` (its code is compiled) in compiled code when it can: called,
   or resumed at a resume point. Otherwise (a generator's first
   instructions, which make the generator object, or a resume point the
   program has no entry for) the evaluator uopjit replaced runs it. */
NO_MEMSET_CALL static PyObject *run_or_replaced(PyThreadState *tstate, _PyInterpreterFrame *frame,
                                                CodeState *st) {
  PyCodeObject *co = frame->f_code;
  if (frame->prev_instr == _PyCode_CODE(co) - 1) {
    if (!st->is_generator)
      return run_compiled(tstate, frame, st, 0, st->entry);
  } else {
    long k = resume_index(st->prog, co, frame);
    if (k >= 0)
      return run_compiled(tstate, frame, st, st->prog->entries[k].inst,
                          st->resume_starts ? st->resume_starts[k] : NULL);
  }
  return call_replaced(tstate, frame, 0);
}

/* While an eval hook is installed every Python call is a C call (3.11's
   interpreter inlines calls only without one), so deep recursion that the
   interpreter alone would run in one C frame uses the C stack. Before it
   overflows, the frame raises RecursionError instead. */
#define C_STACK_MARGIN (256 * 1024)
/* The thread's stack start + the margin; initial-exec: one load, no
   __tls_get_addr call (8 bytes of static TLS). */
static __thread __attribute__((tls_model("initial-exec"))) char *c_stack_limit;

/* Out of line: it runs once per thread. When the stack cannot be found
   the limit is 1: no limit known, none checked. */
__attribute__((noinline)) static void find_c_stack_limit(void) {
  pthread_attr_t attr;
  void *addr;
  size_t size;
  c_stack_limit = (char *)1;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
  int failed = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (failed || size <= 2 * C_STACK_MARGIN)
    return;
  c_stack_limit = (char *)addr + C_STACK_MARGIN;
}

static inline int c_stack_exhausted(void) {
  if (__builtin_expect(c_stack_limit == NULL, 0))
    find_c_stack_limit();
  return (char *)__builtin_frame_address(0) < c_stack_limit;
}

/* For the fast paths, which call nothing so as to save no registers:
   whether the C stack is known to have room. Not until the thread's limit
   is found (eval_slow finds it, on the thread's first call). */
static inline int c_stack_has_room(void) {
  return c_stack_limit != NULL && (char *)__builtin_frame_address(0) >= c_stack_limit;
}

/* Loop time. 3.11's interpreter tells nobody about its back edges, so a
   function whose loops run long but which is called less often than the
   threshold (a dynamic-programming pass called once per round) would
   never be compiled by counting calls. Its calls are timed instead: once
   the interpreter has spent jit.loop_seconds in them, the next call compiles
   it, as a call count reaching the threshold would. That is when the time
   saved can pay for the compilation (a few milliseconds). Only plain
   functions with a backward jump are timed, and only until they are
   compiled or rejected, so the two clock reads (vDSO, no system call)
   are paid on at most threshold calls of each. A generator is not timed:
   its time is spread over resumes, which do not count either. Not
   on-stack replacement: a function called once stays interpreted. */
static int times_calls(PyCodeObject *co, CodeState *st) {
  return is_looping_function(co, st) && jit.loop_seconds > 0;
}

/* Is `st` hot (called threshold times, or long enough in the
   interpreter), and by which? */
static const char HOT_BY_CALLS[] = "calls", HOT_BY_LOOP_TIME[] = "loop time";
static const char *hot_by(CodeState *st) {
  if (st->calls >= jit.threshold)
    return HOT_BY_CALLS;
  if (jit.loop_seconds > 0 && st->interpreted_seconds >= jit.loop_seconds)
    return HOT_BY_LOOP_TIME;
  return NULL;
}

/* Whether the frame making a call (the current one: the callee's frame
   is not entered yet) runs code that is compiled: the caller, unless its
   activation began before the compilation or left at a deopt. */
static inline int caller_is_compiled(PyThreadState *tstate) {
  _PyInterpreterFrame *caller = tstate->cframe->current_frame;
  CodeState *st = caller ? code_state(caller->f_code, 0) : NULL;
  return st && st->status == CODE_COMPILED;
}

/* A function the leaf rule left to the interpreter is compiled at a call
   from compiled code once compiled code has made most of its calls since,
   and at least LEAF_MIN_COMPILED_CALLS: called from compiled code a
   compiled callee is the cheaper one, called from the interpreter it is
   not (docs/performance.md, "Which code is compiled"). */
#define LEAF_MIN_COMPILED_CALLS 64
static inline int leaf_ready(const CodeState *st) {
  return st->leaf_calls[1] >= LEAF_MIN_COMPILED_CALLS && st->leaf_calls[1] > st->leaf_calls[0];
}

/* Counts a call of CODE_LEAF code; whether to compile it now. */
static inline int leaf_compiles_now(PyThreadState *tstate, CodeState *st) {
  int from_compiled = caller_is_compiled(tstate);
  st->leaf_calls[from_compiled]++;
  return from_compiled && leaf_ready(st);
}

/* Every case but the common one (uopjit_eval). */
__attribute__((noinline)) static PyObject *eval_slow(PyThreadState *tstate,
                                                     _PyInterpreterFrame *frame, int throwflag,
                                                     CodeState *known) {
  PyCodeObject *co = frame->f_code;
  if (c_stack_exhausted()) {
    _PyErr_SetString(tstate, PyExc_RecursionError,
                     "maximum recursion depth exceeded (the C stack is exhausted: uopjit "
                     "evaluates every Python call as a C call)");
    return NULL;
  }
  /* No tracing or profiling, no exception being thrown in (gen.throw()). */
  if (throwflag || tstate->cframe->use_tracing || !jit.active)
    return call_replaced(tstate, frame, throwflag);
  /* Rejected, or compiled but not to be run here (a generator's first run,
     a resume point the program has no entry for). */
  CodeState *st = known ? known : code_state(co, 1);
  if (st && st->status == CODE_LEAF && caller_is_compiled(tstate) && leaf_ready(st)) {
    compile_code(co, st, jit.keep_ir, frame, NULL);
    if (st->status == CODE_COMPILED)
      return run_or_replaced(tstate, frame, st);
  }
  if (st == NULL || st->status != CODE_COUNTING)
    return call_replaced(tstate, frame, throwflag);
  /* Calls count; a generator's resumes do not (counting them compiles
     generators sooner, and a resume of compiled code costs more than the
     interpreter's today: docs/performance.md). */
  if (frame->prev_instr != _PyCode_CODE(co) - 1)
    return call_replaced(tstate, frame, throwflag);
  st->calls++;
  if ((st->hot_by = hot_by(st)) == NULL) {
    if (!times_calls(co, st))
      return call_replaced(tstate, frame, throwflag);
    double start = now();
    PyObject *result = call_replaced(tstate, frame, throwflag);
    st->interpreted_seconds += now() - start;
    return result;
  }
  /* Hot by loop time before the interpreter quickened the code: 3.11
     warms a code object up only at RESUME and JUMP_BACKWARD, so a `while`
     loop (its test jumps back with POP_JUMP_BACKWARD_IF_*) runs
     unquickened through a function's first 8 calls, and code compiled
     from it now would be generic throughout. Quicken it at this call's
     RESUME instead (co_warmup -1: the next warm-up step quickens) and
     compile at the next call, from specialized bytecode. */
  if (st->hot_by == HOT_BY_LOOP_TIME && co->co_warmup != 0) {
    co->co_warmup = -1;
    return call_replaced(tstate, frame, throwflag);
  }
  jit.hot_by_loop_time += st->hot_by == HOT_BY_LOOP_TIME;
  compile_code(co, st, jit.keep_ir, frame, NULL);
  if (st->status == CODE_COMPILED)
    return run_or_replaced(tstate, frame, st);
  return call_replaced(tstate, frame, throwflag);
}

/* Whether the compiled code of `st` (code_state's, or NULL) may run now:
   compiled, nothing traced or profiled, the JIT on, C stack left. Every
   way into compiled code asks this first. */
static inline int may_run_compiled(PyThreadState *tstate, CodeState *st) {
  return st && st->status == CODE_COMPILED && !tstate->cframe->use_tracing && jit.active &&
         c_stack_has_room();
}

/* The common cases first, small enough to save no registers: compiled
   code called or resumed, nothing traced or thrown in; code left to the
   interpreter (what eval_slow would do for it, without its ~40
   instructions: bench/event_sim makes 770 thousand such calls). */
PyObject *uopjit_eval(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag) {
  CodeState *known = code_state(frame->f_code, 0);
  if (!throwflag && may_run_compiled(tstate, known))
    return run_or_replaced(tstate, frame, known);
  if (known && known->status == CODE_REJECTED && c_stack_has_room())
    return call_replaced(tstate, frame, throwflag);
  if (known && known->status == CODE_LEAF && c_stack_has_room() &&
      !leaf_compiles_now(tstate, known))
    return call_replaced(tstate, frame, throwflag);
  return eval_slow(tstate, frame, throwflag, known);
}

/* Runs a frame pushed for a call from compiled code (its first
   instruction next, nothing thrown in) through the installed evaluator;
   when that is ours, straight into the callee's compiled code when it has
   some, or straight to the interpreter when the callee was left to it,
   without uopjit_eval's other cases. Inlined into uopjit_call_py. */
__attribute__((always_inline)) static inline PyObject *run_pushed(PyThreadState *tstate,
                                                                 _PyInterpreterFrame *frame) {
  if (tstate->interp->eval_frame != uopjit_eval)
    return _PyEval_EvalFrame(tstate, frame, 0);
  CodeState *st = code_state(frame->f_code, 0);
  if (may_run_compiled(tstate, st) && !st->is_generator)
    return run_compiled(tstate, frame, st, 0, st->entry);
  if (st && st->status == CODE_REJECTED && c_stack_has_room())
    return call_replaced(tstate, frame, 0);
  return uopjit_eval(tstate, frame, 0);
}

NO_MEMSET_CALL PyObject *uopjit_run_pushed(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  return run_pushed(tstate, frame);
}

/* A call from compiled code (the CALL uops) to a Python function: push
   its frame, run it, pop it, in one C function when the callee has no
   *args and the current chunk has room. A compiled callee is entered here
   with run_compiled's protocol inlined, so a compiled-to-compiled call is
   this function and the callee's machine code: no eval-hook layers in
   between (callgrind, a loop calling a two-argument function: the call
   protocol went from 343 to 309 instructions per call). */
NO_MEMSET_CALL PyObject *uopjit_call_py(PyThreadState *tstate, PyFunctionObject *func,
                                        PyObject **args, int argcount) {
  PyCodeObject *co = (PyCodeObject *)func->func_code;
  _PyInterpreterFrame *frame;
  if ((co->co_flags & CO_VARARGS) ||
      (frame = uopjit_push_frame(tstate, func, args, argcount)) == NULL)
    return uopjit_call_py_general(tstate, func, args, argcount);
  PyObject *result = run_pushed(tstate, frame);
  uopjit_clear_and_pop(tstate, frame);
  return result;
}

/* Objects/genobject.c's gen_send_ex2(gen, arg, presult, 0, 0) of 3.11.2
   for an exact generator or coroutine suspended at a resume point of its
   compiled code, which runs here directly: what gen_iternext or
   PyIter_Send, gen_send_ex2, _PyEval_EvalFrame and uopjit_eval do around a
   resume, in one function. Returns the PySendResult, or -2 when the
   generator is in any other state (not started, running, finished), its
   code is not compiled, or tracing is on: then nothing was done. */
#define SEND_NOT_COMPILED (-2)
NO_MEMSET_CALL static int send_compiled(PyThreadState *tstate, PyGenObject *gen, PyObject *arg,
                         PyObject **presult) {
  _PyInterpreterFrame *frame = (_PyInterpreterFrame *)gen->gi_iframe;
  CodeState *st;
  long k;
  if (gen->gi_frame_state != FRAME_SUSPENDED || tstate->interp->eval_frame != uopjit_eval ||
      !may_run_compiled(tstate, st = code_state(frame->f_code, 0)) ||
      (k = resume_index(st->prog, frame->f_code, frame)) < 0)
    return SEND_NOT_COMPILED;
  /* The value sent in goes on the frame's stack (None for next()). */
  _PyFrame_StackPush(frame, Py_NewRef(arg ? arg : Py_None));
  gen->gi_exc_state.previous_item = tstate->exc_info;
  tstate->exc_info = &gen->gi_exc_state;
  gen->gi_frame_state = FRAME_EXECUTING;
  PyObject *result = run_compiled(tstate, frame, st, st->prog->entries[k].inst,
                                  st->resume_starts ? st->resume_starts[k] : NULL);
  if (gen->gi_frame_state == FRAME_EXECUTING)
    gen->gi_frame_state = FRAME_COMPLETED;
  tstate->exc_info = gen->gi_exc_state.previous_item;
  gen->gi_exc_state.previous_item = NULL;
  frame->previous = NULL;
  if (result != NULL) {
    if (gen->gi_frame_state == FRAME_SUSPENDED) {
      *presult = result;
      return PYGEN_NEXT;
    }
    /* Returned: next() gives no value for a None. */
    if (result == Py_None && !arg)
      Py_CLEAR(result);
  } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
    _PyErr_FormatFromCause(PyExc_RuntimeError, "%s",
                           PyCoro_CheckExact(gen) ? "coroutine raised StopIteration"
                                                  : "generator raised StopIteration");
  }
  /* Finished: the frame is released. */
  _PyErr_ClearExcState(&gen->gi_exc_state);
  gen->gi_frame_state = FRAME_CLEARED;
  uopjit_clear_frame(frame);
  *presult = result;
  return result ? PYGEN_RETURN : PYGEN_ERROR;
}

PyObject *uopjit_for_iter_next(PyThreadState *tstate, PyObject *iter) {
  if (Py_IS_TYPE(iter, &PyGen_Type)) {
    PyObject *result;
    int status = send_compiled(tstate, (PyGenObject *)iter, NULL, &result);
    if (status == PYGEN_RETURN) {
      /* gen_iternext would raise StopIteration(result), which FOR_ITER
         clears: the loop ends. */
      Py_XDECREF(result);
      return NULL;
    }
    if (status != SEND_NOT_COMPILED)
      return result;
  }
  return Py_TYPE(iter)->tp_iternext(iter);
}

PySendResult uopjit_send(PyThreadState *tstate, PyObject *receiver, PyObject *v, PyObject **res) {
  if (Py_IS_TYPE(receiver, &PyGen_Type) || Py_IS_TYPE(receiver, &PyCoro_Type)) {
    int status = send_compiled(tstate, (PyGenObject *)receiver, v, res);
    if (status != SEND_NOT_COMPILED)
      return (PySendResult)status;
  }
  return PyIter_Send(receiver, v, res);
}

/*===----------------------------------------------------------------------===*
 * The _uopjit module (the uopjit package wraps it: python/uopjit).
 *===----------------------------------------------------------------------===*/

static PyObject *mod_enable(PyObject *self, PyObject *args, PyObject *kwargs) {
  static char *kwlist[] = {(char *)"threshold", (char *)"passes", (char *)"count_uops",
                           (char *)"backend", (char *)"keep_ir", (char *)"compile_all",
                           (char *)"loop_ms", NULL};
  long long threshold = (long long)jit.threshold;
  const char *passes = NULL, *backend = NULL;
  int count_uops = jit.count_uops, keep_ir = jit.keep_ir, compile_all = jit.compile_all;
  double loop_ms = jit.loop_seconds * 1e3;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|Lzpzppd", kwlist, &threshold, &passes,
                                   &count_uops, &backend, &keep_ir, &compile_all, &loop_ms))
    return NULL;
  if (!(loop_ms >= 0 && loop_ms < 1e12)) {
    PyErr_SetString(PyExc_ValueError, "loop_ms must be a number of milliseconds >= 0");
    return NULL;
  }
  if (backend && strcmp(backend, "machine") != 0 && strcmp(backend, "interp") != 0) {
    PyErr_Format(PyExc_ValueError, "backend must be 'machine' or 'interp', not '%s'", backend);
    return NULL;
  }
  if (backend)
    jit.machine = strcmp(backend, "machine") == 0;
  if (threshold < 1) {
    PyErr_SetString(PyExc_ValueError, "threshold must be at least 1");
    return NULL;
  }
  jit.threshold = threshold;
  jit.count_uops = count_uops;
  jit.keep_ir = keep_ir;
  jit.compile_all = compile_all;
  jit.loop_seconds = loop_ms / 1e3;
  if (passes)
    snprintf(jit.passes, sizeof(jit.passes), "%s", passes);
  PyInterpreterState *interp = PyInterpreterState_Get();
  _PyFrameEvalFunction current = _PyInterpreterState_GetEvalFrameFunc(interp);
  if (current != uopjit_eval) {
    jit.replaced = current;
    _PyInterpreterState_SetEvalFrameFunc(interp, uopjit_eval);
  }
  jit.active = 1;
  Py_RETURN_NONE;
}

static PyObject *mod_disable(PyObject *self, PyObject *unused) {
  PyInterpreterState *interp = PyInterpreterState_Get();
  /* Step aside only if we are still the evaluator; whoever replaced us
     keeps their place. */
  if (_PyInterpreterState_GetEvalFrameFunc(interp) == uopjit_eval)
    _PyInterpreterState_SetEvalFrameFunc(interp, jit.replaced ? jit.replaced
                                                              : _PyEval_EvalFrameDefault);
  jit.active = 0;
  Py_RETURN_NONE;
}

static PyObject *mod_is_active(PyObject *self, PyObject *unused) {
  PyInterpreterState *interp = PyInterpreterState_Get();
  return PyBool_FromLong(jit.active &&
                         _PyInterpreterState_GetEvalFrameFunc(interp) == uopjit_eval);
}

/* The code object of a function, method or code object; *func (when
   asked for) is the function, NULL for a bare code object. */
static PyCodeObject *code_of(PyObject *obj, PyFunctionObject **func) {
  if (func)
    *func = NULL;
  if (PyFunction_Check(obj)) {
    if (func)
      *func = (PyFunctionObject *)obj;
    obj = PyFunction_GET_CODE(obj);
  } else if (PyMethod_Check(obj))
    return code_of(PyMethod_GET_FUNCTION(obj), func);
  if (!PyCode_Check(obj)) {
    PyErr_SetString(PyExc_TypeError, "expected a function, method or code object");
    return NULL;
  }
  return (PyCodeObject *)obj;
}

static PyObject *mod_compile(PyObject *self, PyObject *obj) {
  PyFunctionObject *func;
  PyCodeObject *co = code_of(obj, &func);
  if (co == NULL)
    return NULL;
  CodeState *st = code_state(co, 1);
  if (st == NULL)
    return PyErr_NoMemory();
  /* Asked for by name: info() will show its dialect. */
  if (st->status == CODE_COUNTING)
    compile_code(co, st, 1, NULL, func);
  return PyBool_FromLong(st->status == CODE_COMPILED);
}

static PyObject *mod_info(PyObject *self, PyObject *obj) {
  PyCodeObject *co = code_of(obj, NULL);
  if (co == NULL)
    return NULL;
  CodeState *st = code_state(co, 0);
  const char *status = st == NULL                      ? "not seen"
                       : st->status == CODE_COUNTING   ? "counting"
                       : st->status == CODE_COMPILED   ? "compiled"
                                                       : "rejected";
  PyObject *info = Py_BuildValue("{s:s,s:K,s:K,s:K,s:d}", "status", status, "calls",
                                 st ? st->calls : 0ULL, "runs", st ? st->runs : 0ULL,
                                 "deopts", st ? st->deopts : 0ULL, "compile_seconds",
                                 st ? st->compile_seconds : 0.0);
  if (info == NULL || st == NULL)
    return info;
  PyObject *hot = Py_BuildValue("{s:z,s:d}", "hot_by", st->hot_by, "interpreted_seconds",
                                st->interpreted_seconds);
  if (hot == NULL || PyDict_Update(info, hot) < 0) {
    Py_XDECREF(hot);
    goto fail;
  }
  Py_DECREF(hot);
  if (st->status == CODE_REJECTED || st->status == CODE_LEAF) {
    PyObject *reason = PyUnicode_FromString(st->reason ? st->reason : "out of memory");
    if (reason == NULL || PyDict_SetItemString(info, "reason", reason) < 0)
      goto fail;
    Py_DECREF(reason);
  }
  if (st->compiled) {
    const UopjitProgram *prog = uopjit_compiled_program(st->compiled);
    char *listing = uopjit_compiled_listing(st->compiled);
    char *dialect = uopjit_compiled_dialect(st->compiled);
    PyObject *exits = PyList_New(prog->nexits);
    for (uint32_t i = 0; exits && i < prog->nexits; i++)
      PyList_SET_ITEM(exits, i,
                      Py_BuildValue("(iK)", prog->exits[i].offset,
                                    (unsigned long long)(st->exit_counts[2 * i] +
                                                         st->exit_counts[2 * i + 1])));
    PyObject *more = Py_BuildValue(
        "{s:I,s:I,s:s,s:s,s:N,s:n,s:s}", "uops", prog->ninsts, "registers", prog->nregs,
        "listing", listing, "dialect", dialect, "exits", exits, "code_bytes",
        st->code ? (Py_ssize_t)uopjit_code_size(st->code) : (Py_ssize_t)0, "backend",
        st->code ? "machine" : "interp");
    free(listing);
    free(dialect);
    if (more == NULL || PyDict_Update(info, more) < 0) {
      Py_XDECREF(more);
      goto fail;
    }
    Py_DECREF(more);
  }
  return info;
fail:
  Py_DECREF(info);
  return NULL;
}

/* dict[key] = value as a float; -1 with an exception set on failure. */
static int set_float_item(PyObject *dict, const char *key, double value) {
  PyObject *v = PyFloat_FromDouble(value);
  int err = v == NULL ? -1 : PyDict_SetItemString(dict, key, v);
  Py_XDECREF(v);
  return err;
}

static PyObject *mod_stats(PyObject *self, PyObject *unused) {
  fold_all_counts();
  PyObject *counts = PyDict_New();
  if (counts == NULL)
    return NULL;
  if (jit.count_uops) {
    static const char *names[] = {
#define UOP_KIND(NAME) #NAME,
#include "uopjit/IR/UopKinds.inc"
    };
    for (int k = 0; k < UOPJIT_NUM_UOPS; k++) {
      if (jit.uop_counts[k] == 0)
        continue;
      PyObject *n = PyLong_FromUnsignedLongLong(jit.uop_counts[k]);
      if (n == NULL || PyDict_SetItemString(counts, names[k], n) < 0) {
        Py_XDECREF(n);
        Py_DECREF(counts);
        return NULL;
      }
      Py_DECREF(n);
    }
  }
  /* {"uop-remove-guards": {"guards-removed-by-facts": n, ...}, ...} */
  PyObject *passes = PyDict_New();
  if (passes == NULL) {
    Py_XDECREF(counts);
    return NULL;
  }
  /* {"snapshot": s, "import": s, ..., "emit": s}: where compile time went
     (the monotonic clock per phase; compile_seconds is CPU time). The
     compiler's phases, then copy-and-patch's, which runs here. */
  PyObject *phases = PyDict_New();
  int ok = phases != NULL;
  const char *phase;
  double seconds;
  for (size_t i = 0, n = uopjit_compile_phase(0, &phase, &seconds); ok && i < n; i++) {
    uopjit_compile_phase(i, &phase, &seconds);
    ok = set_float_item(phases, phase, seconds) == 0;
  }
  if (!ok || set_float_item(phases, "emit", jit.emit_seconds) < 0) {
    Py_XDECREF(phases);
    Py_DECREF(passes);
    Py_XDECREF(counts);
    return NULL;
  }
  const char *pass, *name;
  uint64_t value;
  for (size_t i = 0, n = uopjit_pass_counter(0, &pass, &name, &value); i < n; i++) {
    uopjit_pass_counter(i, &pass, &name, &value);
    PyObject *per = PyDict_GetItemString(passes, pass), *v = NULL;
    if (per == NULL) {
      per = PyDict_New();
      if (per == NULL || PyDict_SetItemString(passes, pass, per) < 0)
        goto fail;
      Py_DECREF(per);
    }
    v = PyLong_FromUnsignedLongLong(value);
    if (v == NULL || PyDict_SetItemString(per, name, v) < 0)
      goto fail;
    Py_DECREF(v);
    continue;
  fail:
    Py_XDECREF(v);
    Py_DECREF(passes);
    Py_DECREF(phases);
    Py_XDECREF(counts);
    return NULL;
  }
  uint64_t made, left;
  uopjit_attr_cache_counts(&made, &left);
  return Py_BuildValue(
      "{s:K,s:K,s:O,s:O,s:K,s:d,s:N,s:K,s:K,s:K,s:K,s:s,s:K,s:d,s:K,s:K,s:N,s:N,s:{s:K,s:K}}",
      "functions_compiled",
      (unsigned long long)jit.compiled, "functions_rejected_count",
      (unsigned long long)PyList_GET_SIZE(jit.rejected), "functions_rejected", jit.rejected,
      "deopts", jit.deopt_sites, "deopts_total", (unsigned long long)jit.deopts,
      "compile_seconds", jit.compile_seconds, "compile_phase_seconds", phases, "uops_emitted",
      (unsigned long long)jit.uops_emitted, "code_bytes", (unsigned long long)jit.code_bytes,
      "program_bytes", (unsigned long long)jit.program_bytes, "bytecode_bytes",
      (unsigned long long)jit.bytecode_bytes, "backend",
      jit.machine ? "machine" : "interp", "threshold",
      (unsigned long long)jit.threshold, "loop_ms", jit.loop_seconds * 1e3,
      "hot_by_loop_time", (unsigned long long)jit.hot_by_loop_time, "recompiles",
      (unsigned long long)jit.recompiles,
      "uop_counts", counts, "pass_statistics", passes, "attr_cache", "entries_made",
      (unsigned long long)made, "left_to_cpython", (unsigned long long)left);
}

/* For tests of living with other PEP 523 evaluators (a debugger's): a
   forwarding evaluator that counts the frames it sees, and chains to the
   one it replaced, as pydevd's does. */
static struct {
  _PyFrameEvalFunction replaced;
  unsigned long long frames;
} other;

static PyObject *other_eval(PyThreadState *tstate, _PyInterpreterFrame *frame, int throwflag) {
  other.frames++;
  return other.replaced(tstate, frame, throwflag);
}

static PyObject *mod_test_other_evaluator(PyObject *self, PyObject *arg) {
  PyInterpreterState *interp = PyInterpreterState_Get();
  if (arg == Py_None)
    return PyLong_FromUnsignedLongLong(other.frames);
  int install = PyObject_IsTrue(arg);
  if (install < 0)
    return NULL;
  _PyFrameEvalFunction current = _PyInterpreterState_GetEvalFrameFunc(interp);
  if (install && current != other_eval) {
    other.replaced = current;
    _PyInterpreterState_SetEvalFrameFunc(interp, other_eval);
  } else if (!install && current == other_eval) {
    _PyInterpreterState_SetEvalFrameFunc(interp, other.replaced);
  }
  return PyLong_FromUnsignedLongLong(other.frames);
}

static PyMethodDef methods[] = {
    {"enable", (PyCFunction)(void (*)(void))mod_enable, METH_VARARGS | METH_KEYWORDS,
     "enable(threshold=1000, passes='uop-optimize', count_uops=False, backend='machine', "
     "keep_ir=False, compile_all=False, loop_ms=10.0): install the JIT; keep_ir keeps the "
     "optimized dialect of every function it compiles for info() (compile() always keeps "
     "it); a function with loops is also compiled once the interpreter spent loop_ms in "
     "it (0: never)"},
    {"disable", mod_disable, METH_NOARGS, "disable(): stop compiling and running JIT code"},
    {"is_active", mod_is_active, METH_NOARGS, "is_active(): is the JIT installed and on?"},
    {"compile", mod_compile, METH_O, "compile(func): compile now; True when it compiled"},
    {"info", mod_info, METH_O, "info(func): what the JIT did with func's code"},
    {"stats", mod_stats, METH_NOARGS, "stats(): counters of the whole run"},
    {"_test_other_evaluator", mod_test_other_evaluator, METH_O,
     "_test_other_evaluator(install): (un)install (True/False) a counting forwarding PEP 523 "
     "evaluator, as a debugger would; returns the frames it has seen (None: just that; tests "
     "only)"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_uopjit",
                                    "uopjit's runtime (use the uopjit package)", -1, methods};

PyMODINIT_FUNC PyInit__uopjit(void) {
  if (jit.extra_index < 0) {
    jit.extra_index = _PyEval_RequestCodeExtraIndex(free_code_state);
    if (jit.extra_index < 0)
      return NULL;
    jit.rejected = PyList_New(0);
    jit.deopt_sites = PyDict_New();
    if (jit.rejected == NULL || jit.deopt_sites == NULL || uopjit_learn_slots() < 0 ||
        uopjit_learn_min_max() < 0)
      return NULL;
  }
  return PyModule_Create(&module);
}
