/*===- Jit.c - copy-and-patch: flat programs to machine code ------------===*
 *
 * Each uop of a flat program becomes a copy of its stencil (generated at
 * build time by uop-stencils from the catalog's C body) with its holes
 * patched: the uop's operands and immediates, the next uop, the jump
 * target, the code unit of its exit, the addresses of the CPython
 * functions it calls.
 *
 * Code memory comes in chunks shared by many functions (no page of padding
 * per function). A chunk is never writable and executable at once: it is
 * made writable to copy new code in and executable again before anything
 * runs (all under the GIL, and no JIT code runs without the GIL). A chunk
 * whose functions have all died is unmapped.
 *
 *===----------------------------------------------------------------------===*/
#include "Jit.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef enum {
  UOPJIT_PATCH_ABS64,
  UOPJIT_PATCH_ABS32,
  UOPJIT_PATCH_ABS32S,
  UOPJIT_PATCH_PC32
} UopjitPatch;

typedef enum {
  UOPJIT_HOLE_SELF,
  UOPJIT_HOLE_CONTINUE,
  UOPJIT_HOLE_TARGET,
  UOPJIT_HOLE_INST,
  UOPJIT_HOLE_PREV_INSTR,
  UOPJIT_HOLE_SYMBOL,
  UOPJIT_HOLE_OPERAND0 /* .. + 5: the register of operand 0..5 */
} UopjitHoleValue;

typedef struct UopjitHole {
  uint32_t offset;
  uint8_t patch;
  uint8_t value;
  uint16_t symbol;
  int64_t addend;
} UopjitHole;

typedef struct UopjitStencil {
  const unsigned char *code;
  uint32_t size;
  uint32_t entry;
  const UopjitHole *holes;
  uint32_t nholes;
} UopjitStencil;

#include "Stencils.inc"

/* The addresses of what stencils call or read, taken by the linker. */
static void *const symbol_addresses[] = {
#define UOPJIT_STENCIL_SYMBOL(NAME) (void *)&NAME,
#include "Stencils.inc"
};

int uopjit_has_stencil(int kind) {
  return kind < (int)(sizeof(uopjit_stencils) / sizeof(uopjit_stencils[0])) &&
         uopjit_stencils[kind].size > 0;
}

/*===- Code memory ---------------------------------------------------------===*/

#define CHUNK_SIZE (256 * 1024)
#define STENCIL_ALIGN 16

typedef struct Chunk {
  unsigned char *mem;
  size_t size, used, live;
} Chunk;

struct UopjitCode {
  Chunk *chunk;
  unsigned char *base;
  size_t size;
  UopjitJitFunction entry;
};

static Chunk *current_chunk;
static size_t page_size;

/* Room for `size` bytes; the chunk is writable (not executable) until
   seal() is called. */
static unsigned char *code_alloc(size_t size, Chunk **out) {
  if (page_size == 0)
    page_size = (size_t)sysconf(_SC_PAGESIZE);
  size = (size + STENCIL_ALIGN - 1) & ~(size_t)(STENCIL_ALIGN - 1);
  Chunk *c = current_chunk;
  if (c == NULL || c->used + size > c->size) {
    if (c != NULL && c->live == 0) {
      munmap(c->mem, c->size);
      PyMem_RawFree(c);
    }
    size_t bytes = size > CHUNK_SIZE ? (size + page_size - 1) & ~(page_size - 1) : CHUNK_SIZE;
    c = PyMem_RawCalloc(1, sizeof(Chunk));
    if (c == NULL)
      return NULL;
    c->mem = mmap(NULL, bytes, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (c->mem == MAP_FAILED) {
      PyMem_RawFree(c);
      return NULL;
    }
    c->size = bytes;
    current_chunk = c;
  }
  if (mprotect(c->mem, c->size, PROT_READ | PROT_WRITE) != 0)
    return NULL;
  unsigned char *p = c->mem + c->used;
  c->used += size;
  c->live += size;
  *out = c;
  return p;
}

static int seal(Chunk *c) { return mprotect(c->mem, c->size, PROT_READ | PROT_EXEC); }

void uopjit_code_free(UopjitCode *code) {
  if (code == NULL)
    return;
  Chunk *c = code->chunk;
  c->live -= (code->size + STENCIL_ALIGN - 1) & ~(size_t)(STENCIL_ALIGN - 1);
  if (c->live == 0 && c != current_chunk) {
    munmap(c->mem, c->size);
    PyMem_RawFree(c);
  }
  PyMem_RawFree(code);
}

UopjitJitFunction uopjit_code_entry(const UopjitCode *code) { return code->entry; }
size_t uopjit_code_size(const UopjitCode *code) { return code->size; }
const unsigned char *uopjit_code_base(const UopjitCode *code) { return code->base; }

/*===- Copy and patch ------------------------------------------------------===*/

static size_t stencil_span(const UopjitInst *inst) {
  return (uopjit_stencils[inst->kind].size + STENCIL_ALIGN - 1) & ~(size_t)(STENCIL_ALIGN - 1);
}

static int patch(unsigned char *at, UopjitPatch how, uint64_t value) {
  switch (how) {
  case UOPJIT_PATCH_ABS64:
    memcpy(at, &value, 8);
    return 0;
  case UOPJIT_PATCH_ABS32: {
    if (value > UINT32_MAX)
      return -1;
    uint32_t v = (uint32_t)value;
    memcpy(at, &v, 4);
    return 0;
  }
  case UOPJIT_PATCH_ABS32S:
  case UOPJIT_PATCH_PC32: {
    int64_t v = how == UOPJIT_PATCH_PC32 ? (int64_t)(value - (uint64_t)(uintptr_t)at)
                                         : (int64_t)value;
    if (v < INT32_MIN || v > INT32_MAX)
      return -1;
    int32_t v32 = (int32_t)v;
    memcpy(at, &v32, 4);
    return 0;
  }
  }
  return -1;
}

static const char *const uop_names[] = {
#define UOP_KIND(NAME) #NAME,
#include "uopjit/IR/UopKinds.inc"
};

/* With UOPJIT_PERF_MAP=1, names each uop's machine code for perf: the
   function, then the uop and its index ("py::dot:f.py:3 @12 GUARD_BOTH_FLOAT"). */
static void perf_map(const UopjitCode *code, const UopjitProgram *prog, const size_t *start,
                     PyCodeObject *co) {
  static int enabled = -1;
  if (enabled < 0) {
    const char *env = getenv("UOPJIT_PERF_MAP");
    enabled = env && strcmp(env, "0") != 0 && *env;
  }
  if (!enabled)
    return;
  char path[64];
  snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
  FILE *f = fopen(path, "a");
  if (f == NULL)
    return;
  const char *qualname = PyUnicode_AsUTF8(co->co_qualname);
  const char *filename = PyUnicode_AsUTF8(co->co_filename);
  for (uint32_t i = 0; i < prog->ninsts; i++)
    fprintf(f, "%lx %zx py::%s:%s:%d @%u %s\n",
            (unsigned long)(uintptr_t)(code->base + start[i]), start[i + 1] - start[i],
            qualname ? qualname : "?", filename ? filename : "?", co->co_firstlineno, i,
            uop_names[prog->insts[i].kind]);
  PyErr_Clear();
  fclose(f);
}

UopjitCode *uopjit_emit(const UopjitProgram *prog, PyCodeObject *co, char *why,
                        size_t whylen) {
  size_t *start = PyMem_RawMalloc((prog->ninsts + 1) * sizeof(size_t));
  if (start == NULL) {
    snprintf(why, whylen, "out of memory");
    return NULL;
  }
  size_t size = 0;
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    if (!uopjit_has_stencil(prog->insts[i].kind)) {
      snprintf(why, whylen, "no stencil for uop kind %d", prog->insts[i].kind);
      PyMem_RawFree(start);
      return NULL;
    }
    start[i] = size;
    size += stencil_span(&prog->insts[i]);
  }
  start[prog->ninsts] = size;
  UopjitCode *code = PyMem_RawCalloc(1, sizeof(UopjitCode));
  Chunk *chunk = NULL;
  unsigned char *mem = code ? code_alloc(size, &chunk) : NULL;
  if (mem == NULL) {
    snprintf(why, whylen, "cannot allocate %zu bytes of code memory", size);
    PyMem_RawFree(code);
    PyMem_RawFree(start);
    return NULL;
  }
  code->chunk = chunk;
  code->base = mem;
  code->size = size;
  _Py_CODEUNIT *first_instr = _PyCode_CODE(co);
  int failed = 0;
  for (uint32_t i = 0; i < prog->ninsts && !failed; i++) {
    const UopjitInst *inst = &prog->insts[i];
    const UopjitStencil *s = &uopjit_stencils[inst->kind];
    unsigned char *base = mem + start[i];
    memcpy(base, s->code, s->size);
    memset(base + s->size, 0xcc, stencil_span(inst) - s->size); /* int3 padding */
    for (uint32_t h = 0; h < s->nholes; h++) {
      const UopjitHole *hole = &s->holes[h];
      uint64_t value = 0;
      switch ((UopjitHoleValue)hole->value) {
      case UOPJIT_HOLE_SELF:
        value = (uintptr_t)base;
        break;
      case UOPJIT_HOLE_CONTINUE:
        value = i + 1 < prog->ninsts
                    ? (uintptr_t)(mem + start[i + 1] + uopjit_stencils[inst[1].kind].entry)
                    : 0;
        break;
      case UOPJIT_HOLE_TARGET:
        value = inst->target >= 0
                    ? (uintptr_t)(mem + start[inst->target] +
                                  uopjit_stencils[prog->insts[inst->target].kind].entry)
                    : 0;
        break;
      case UOPJIT_HOLE_INST:
        value = (uintptr_t)inst;
        break;
      case UOPJIT_HOLE_PREV_INSTR:
        value = (uintptr_t)(first_instr +
                            (inst->exit >= 0 ? prog->exits[inst->exit].offset / 2 : 0));
        break;
      case UOPJIT_HOLE_SYMBOL:
        value = (uintptr_t)symbol_addresses[hole->symbol];
        break;
      default: {
        uint32_t k = hole->value - UOPJIT_HOLE_OPERAND0;
        value = k < (uint32_t)inst->nin + inst->nout ? (uint64_t)prog->pool[inst->ops + k] : 0;
        break;
      }
      }
      if (patch(base + hole->offset, (UopjitPatch)hole->patch, value + hole->addend) != 0) {
        snprintf(why, whylen, "a relocation of uop kind %d is out of range", inst->kind);
        failed = 1;
        break;
      }
    }
  }
  code->entry = (UopjitJitFunction)(mem + uopjit_stencils[prog->insts[0].kind].entry);
  if (seal(chunk) != 0 || failed) {
    if (!failed)
      snprintf(why, whylen, "cannot make code memory executable");
    uopjit_code_free(code);
    PyMem_RawFree(start);
    return NULL;
  }
  perf_map(code, prog, start, co);
  PyMem_RawFree(start);
  return code;
}
