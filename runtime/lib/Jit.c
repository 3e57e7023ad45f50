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

/* The outlined uop bodies stencils call (Outlined.c). */
#define UOP_OUTLINED_DECLARATIONS
#define UOP_OUTLINED_DECLARATION(NAME) int uopjit_outlined_##NAME(UOPJIT_OUTLINED_PARAMS);
#include "UopCases.c.inc"
#undef UOP_OUTLINED_DECLARATIONS

/* The addresses of what stencils call or read, taken by the linker. */
#define UOPJIT_STENCIL_SYMBOL(NAME) (void *)&NAME,
static void *const symbol_addresses[] = {
#include "Stencils.inc"
};

/*===- Code memory ---------------------------------------------------------===*/

#define CHUNK_SIZE (256 * 1024)
#define CODE_ALIGN 16

struct GdbEntry;

typedef struct Chunk {
  unsigned char *mem;
  size_t size, used, live;
  struct UopjitCode *codes; /* live functions, for the GDB JIT interface */
  struct GdbEntry *gdb;
} Chunk;

struct UopjitCode {
  Chunk *chunk;
  unsigned char *base;
  size_t size;
  UopjitPlace *place; /* where each uop's hot and cold parts are */
  const UopjitProgram *prog;
  UopjitJitFunction entry; /* the function's start */
  char *name;    /* "py::qualname (file:line)" */
  struct UopjitCode *next_in_chunk;
};

static void gdb_register_chunk(Chunk *c);

static Chunk *current_chunk;
static size_t page_size;

/* The room a function of `size` bytes takes in a chunk. */
static size_t aligned(size_t size) { return (size + CODE_ALIGN - 1) & ~(size_t)(CODE_ALIGN - 1); }

/* A chunk none of whose functions is alive any more (the last one to die
   already took it off gdb's list). */
static void chunk_release(Chunk *c) {
  munmap(c->mem, c->size);
  PyMem_RawFree(c);
}

/* An opt-in environment variable (UOPJIT_PERF_MAP, UOPJIT_GDB): set and not "0". */
static int env_flag(const char *name) {
  const char *value = getenv(name);
  return value && *value && strcmp(value, "0") != 0;
}

/* Room for `size` bytes; the chunk is writable (not executable) until
   seal() is called. */
static unsigned char *code_alloc(size_t size, Chunk **out) {
  if (page_size == 0)
    page_size = (size_t)sysconf(_SC_PAGESIZE);
  size = aligned(size);
  Chunk *c = current_chunk;
  if (c == NULL || c->used + size > c->size) {
    if (c != NULL && c->live == 0)
      chunk_release(c);
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
  for (UopjitCode **p = &c->codes; *p; p = &(*p)->next_in_chunk)
    if (*p == code) {
      *p = code->next_in_chunk;
      gdb_register_chunk(c);
      break;
    }
  PyMem_RawFree(code->name);
  c->live -= aligned(code->size);
  if (c->live == 0 && c != current_chunk)
    chunk_release(c);
  PyMem_RawFree(code->place);
  PyMem_RawFree(code);
}

UopjitJitFunction uopjit_code_entry(const UopjitCode *code, uint32_t inst) {
  if (inst == 0)
    return code->entry;
  return (UopjitJitFunction)(code->base + code->place[inst].hot);
}
size_t uopjit_code_size(const UopjitCode *code) { return code->size; }

static const char *const uop_names[] = {
#define UOP_KIND(NAME) #NAME,
#include "uopjit/IR/UopKinds.inc"
};

/* With UOPJIT_PERF_MAP=1, names each uop's machine code for perf: the
   function, then the uop and its index ("py::dot:f.py:3 @12 GUARD_BOTH_FLOAT"),
   and " cold" after the name of its cold part. */
static void perf_map(const UopjitCode *code, const UopjitProgram *prog, const char *qualname,
                     const char *filename, int firstlineno) {
  static int enabled = -1;
  if (enabled < 0)
    enabled = env_flag("UOPJIT_PERF_MAP");
  if (!enabled)
    return;
  char path[64];
  snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
  FILE *f = fopen(path, "a");
  if (f == NULL)
    return;
  for (int cold = 0; cold < 2; cold++)
    for (uint32_t i = 0; i < prog->ninsts; i++) {
      size_t at = cold ? code->place[i].cold : code->place[i].hot;
      size_t end = cold ? code->place[i + 1].cold : code->place[i + 1].hot;
      if (end > at)
        fprintf(f, "%lx %zx py::%s:%s:%d @%u %s%s\n", (unsigned long)(uintptr_t)(code->base + at),
                end - at, qualname, filename, firstlineno, i, uop_names[prog->insts[i].kind],
                cold ? " cold" : "");
    }
  fclose(f);
}

UopjitCode *uopjit_emit(const UopjitProgram *prog, PyCodeObject *co, char *why,
                        size_t whylen) {
  UopjitPlace *place = PyMem_RawMalloc((prog->ninsts + 1) * sizeof(UopjitPlace));
  if (place == NULL) {
    snprintf(why, whylen, "out of memory");
    return NULL;
  }
  int missing = -1;
  size_t size = uopjit_layout(prog, place, &missing);
  if (missing >= 0) {
    snprintf(why, whylen, "no stencil for uop %s", uop_names[missing]);
    PyMem_RawFree(place);
    return NULL;
  }
  UopjitCode *code = PyMem_RawCalloc(1, sizeof(UopjitCode));
  Chunk *chunk = NULL;
  unsigned char *mem = code ? code_alloc(size, &chunk) : NULL;
  if (mem == NULL) {
    snprintf(why, whylen, "cannot allocate %zu bytes of code memory", size);
    PyMem_RawFree(code);
    PyMem_RawFree(place);
    return NULL;
  }
  code->chunk = chunk;
  code->base = mem;
  code->size = size;
  code->place = place;
  code->prog = prog;
  UopjitCodeFacts facts = {(uintptr_t)_PyCode_CODE(co),
                           (void *const *)((PyTupleObject *)co->co_consts)->ob_item,
                           (size_t)PyTuple_GET_SIZE(co->co_consts),
                           (void *const *)((PyTupleObject *)co->co_names)->ob_item};
  int failed =
      uopjit_copy_and_patch(prog, mem, (uintptr_t)mem, place, &facts, symbol_addresses, why, whylen);
  code->entry = (UopjitJitFunction)(mem + place[0].hot);
  if (seal(chunk) != 0 || failed) {
    if (!failed)
      snprintf(why, whylen, "cannot make code memory executable");
    uopjit_code_free(code);
    return NULL;
  }
  /* Names for perf and gdb. */
  const char *qualname = PyUnicode_AsUTF8(co->co_qualname);
  const char *filename = PyUnicode_AsUTF8(co->co_filename);
  PyErr_Clear();
  qualname = qualname ? qualname : "?";
  filename = filename ? filename : "?";
  perf_map(code, prog, qualname, filename, co->co_firstlineno);
  size_t namelen = strlen(qualname) + strlen(filename) + 32;
  code->name = PyMem_RawMalloc(namelen);
  if (code->name)
    snprintf(code->name, namelen, "py::%s (%s:%d)", qualname, filename, co->co_firstlineno);
  code->next_in_chunk = chunk->codes;
  chunk->codes = code;
  gdb_register_chunk(chunk);
  return code;
}

/*===- The GDB JIT interface -----------------------------------------------===*
 *
 * With UOPJIT_GDB=1, every chunk of code memory is described to gdb by a
 * small ELF object in memory: a .text section at the chunk's address and
 * one function symbol per compiled Python function in it, so that `bt`
 * through JIT code names the Python function. The object is rebuilt when a
 * function is added to or removed from the chunk (per chunk, not per
 * function). The descriptor and the function gdb puts a breakpoint on are
 * defined here, by their documented names (LLVM and MLIR are linked in
 * statically, without LLVM's copy of them).
 *
 *===----------------------------------------------------------------------===*/

#include <elf.h>

struct jit_code_entry {
  struct jit_code_entry *next_entry;
  struct jit_code_entry *prev_entry;
  const char *symfile_addr;
  uint64_t symfile_size;
};
struct jit_descriptor {
  uint32_t version;
  uint32_t action_flag; /* 0 no action, 1 register, 2 unregister */
  struct jit_code_entry *relevant_entry;
  struct jit_code_entry *first_entry;
};
__attribute__((visibility("default"))) struct jit_descriptor __jit_debug_descriptor = {1, 0, NULL,
                                                                                      NULL};
/* gdb stops here to read the descriptor; the asm keeps the call. */
__attribute__((noinline, used, visibility("default"))) void __jit_debug_register_code(void) {
  __asm__ volatile("");
}

typedef struct GdbEntry {
  struct jit_code_entry entry;
  char *object;
} GdbEntry;

static int gdb_enabled(void) {
  static int enabled = -1;
  if (enabled < 0)
    enabled = env_flag("UOPJIT_GDB");
  return enabled;
}

static void gdb_unlink(GdbEntry *g) {
  struct jit_code_entry *e = &g->entry;
  if (e->prev_entry)
    e->prev_entry->next_entry = e->next_entry;
  else
    __jit_debug_descriptor.first_entry = e->next_entry;
  if (e->next_entry)
    e->next_entry->prev_entry = e->prev_entry;
  __jit_debug_descriptor.relevant_entry = e;
  __jit_debug_descriptor.action_flag = 2;
  __jit_debug_register_code();
  PyMem_RawFree(g->object);
  PyMem_RawFree(g);
}

/* An ELF64 relocatable object: sections null, .text (NOBITS, at the chunk),
   .symtab, .strtab, .shstrtab; a function symbol per live function. */
static char *build_object(Chunk *c, size_t *size) {
  static const char shstrtab[] = "\0.text\0.symtab\0.strtab\0.shstrtab";
  size_t nsyms = 1, strsize = 1;
  for (UopjitCode *code = c->codes; code; code = code->next_in_chunk) {
    nsyms++;
    strsize += strlen(code->name ? code->name : "py::?") + 1;
  }
  size_t symoff = sizeof(Elf64_Ehdr);
  size_t stroff = symoff + nsyms * sizeof(Elf64_Sym);
  size_t shstroff = stroff + strsize;
  size_t shoff = (shstroff + sizeof(shstrtab) + 7) & ~(size_t)7;
  *size = shoff + 5 * sizeof(Elf64_Shdr);
  char *obj = PyMem_RawCalloc(1, *size);
  if (obj == NULL)
    return NULL;
  Elf64_Ehdr *eh = (Elf64_Ehdr *)obj;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS64;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_ident[EI_OSABI] = ELFOSABI_SYSV;
  eh->e_type = ET_REL;
  eh->e_machine = EM_X86_64;
  eh->e_version = EV_CURRENT;
  eh->e_ehsize = sizeof(Elf64_Ehdr);
  eh->e_shoff = shoff;
  eh->e_shentsize = sizeof(Elf64_Shdr);
  eh->e_shnum = 5;
  eh->e_shstrndx = 4;
  Elf64_Sym *sym = (Elf64_Sym *)(obj + symoff);
  char *str = obj + stroff;
  size_t strpos = 1, i = 1;
  for (UopjitCode *code = c->codes; code; code = code->next_in_chunk, i++) {
    const char *name = code->name ? code->name : "py::?";
    sym[i].st_name = (Elf64_Word)strpos;
    sym[i].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
    sym[i].st_shndx = 1;
    sym[i].st_value = (Elf64_Addr)(code->base - c->mem);
    sym[i].st_size = code->size;
    strcpy(str + strpos, name);
    strpos += strlen(name) + 1;
  }
  memcpy(obj + shstroff, shstrtab, sizeof(shstrtab));
  Elf64_Shdr *sh = (Elf64_Shdr *)(obj + shoff);
  sh[1] = (Elf64_Shdr){.sh_name = 1, .sh_type = SHT_NOBITS, .sh_flags = SHF_ALLOC | SHF_EXECINSTR,
                       .sh_addr = (Elf64_Addr)(uintptr_t)c->mem, .sh_size = c->size,
                       .sh_addralign = 16};
  sh[2] = (Elf64_Shdr){.sh_name = 7, .sh_type = SHT_SYMTAB, .sh_offset = symoff,
                       .sh_size = nsyms * sizeof(Elf64_Sym), .sh_link = 3, .sh_info = 1,
                       .sh_addralign = 8, .sh_entsize = sizeof(Elf64_Sym)};
  sh[3] = (Elf64_Shdr){.sh_name = 15, .sh_type = SHT_STRTAB, .sh_offset = stroff,
                       .sh_size = strsize, .sh_addralign = 1};
  sh[4] = (Elf64_Shdr){.sh_name = 23, .sh_type = SHT_STRTAB, .sh_offset = shstroff,
                       .sh_size = sizeof(shstrtab), .sh_addralign = 1};
  return obj;
}

static void gdb_register_chunk(Chunk *c) {
  if (!gdb_enabled())
    return;
  if (c->gdb) {
    gdb_unlink(c->gdb);
    c->gdb = NULL;
  }
  if (c->codes == NULL)
    return;
  GdbEntry *g = PyMem_RawCalloc(1, sizeof(GdbEntry));
  size_t size = 0;
  char *obj = g ? build_object(c, &size) : NULL;
  if (obj == NULL) {
    PyMem_RawFree(g);
    return;
  }
  g->object = obj;
  g->entry.symfile_addr = obj;
  g->entry.symfile_size = size;
  g->entry.next_entry = __jit_debug_descriptor.first_entry;
  if (g->entry.next_entry)
    g->entry.next_entry->prev_entry = &g->entry;
  __jit_debug_descriptor.first_entry = &g->entry;
  __jit_debug_descriptor.relevant_entry = &g->entry;
  __jit_debug_descriptor.action_flag = 1;
  __jit_debug_register_code();
  c->gdb = g;
}
