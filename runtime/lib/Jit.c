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

#include "uopjit/Runtime/CopyPatch.h"

/* The addresses of what stencils call or read, taken by the linker. */
#define UOPJIT_STENCIL_SYMBOL(NAME) (void *)&NAME,
static void *const symbol_addresses[] = {
#include "Stencils.inc"
};

/*===- Code memory ---------------------------------------------------------===*/

#define CHUNK_SIZE (256 * 1024)
#define CODE_ALIGN 16

typedef struct Chunk {
  unsigned char *mem;
  size_t size, used, live;
} Chunk;

struct UopjitCode {
  Chunk *chunk;
  unsigned char *base;
  size_t size;
  size_t *start; /* each uop's offset */
  const UopjitProgram *prog;
};

static Chunk *current_chunk;
static size_t page_size;

/* Room for `size` bytes; the chunk is writable (not executable) until
   seal() is called. */
static unsigned char *code_alloc(size_t size, Chunk **out) {
  if (page_size == 0)
    page_size = (size_t)sysconf(_SC_PAGESIZE);
  size = (size + CODE_ALIGN - 1) & ~(size_t)(CODE_ALIGN - 1);
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
  c->live -= (code->size + CODE_ALIGN - 1) & ~(size_t)(CODE_ALIGN - 1);
  if (c->live == 0 && c != current_chunk) {
    munmap(c->mem, c->size);
    PyMem_RawFree(c);
  }
  PyMem_RawFree(code->start);
  PyMem_RawFree(code);
}

UopjitJitFunction uopjit_code_entry(const UopjitCode *code, uint32_t inst) {
  return (UopjitJitFunction)(code->base + code->start[inst] +
                             uopjit_stencil_entry(code->prog->insts[inst].kind));
}
size_t uopjit_code_size(const UopjitCode *code) { return code->size; }
const unsigned char *uopjit_code_base(const UopjitCode *code) { return code->base; }

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
  int missing = -1;
  size_t size = uopjit_layout(prog, start, &missing);
  if (missing >= 0) {
    snprintf(why, whylen, "no stencil for uop %s", uop_names[missing]);
    PyMem_RawFree(start);
    return NULL;
  }
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
  code->start = start;
  code->prog = prog;
  long entry = uopjit_copy_and_patch(prog, mem, (uintptr_t)mem, start,
                                     (uintptr_t)_PyCode_CODE(co), symbol_addresses, why, whylen);
  if (seal(chunk) != 0 || entry < 0) {
    if (entry >= 0)
      snprintf(why, whylen, "cannot make code memory executable");
    uopjit_code_free(code);
    return NULL;
  }
  perf_map(code, prog, start, co);
  return code;
}
