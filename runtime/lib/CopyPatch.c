/*===- CopyPatch.c - laying out and patching stencils -------------------===*
 *
 * The stencil tables (Stencils.inc, made by uop-stencils) and what is done
 * with them: each uop's copy goes right after the previous one, so that a
 * stencil whose jump to the next uop was cut (uop-stencils) runs on into
 * it, and each hole gets its value. See CopyPatch.h.
 *
 *===----------------------------------------------------------------------===*/
#include "uopjit/Runtime/CopyPatch.h"
#include "uopjit/Runtime/StencilHoles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
#define UOP_KIND(NAME) UOPJIT_##NAME,
#include "uopjit/IR/UopKinds.inc"
  UOPJIT_NUM_UOPS
};

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
  uint32_t align; /* of its start (its read-only data's alignment) */
} UopjitStencil;

#include "Stencils.inc"

#define NUM_STENCILS (sizeof(uopjit_stencils) / sizeof(uopjit_stencils[0]))

#define NUM_VARIANT_OF (sizeof(uopjit_stencil_variant_of) / sizeof(uopjit_stencil_variant_of[0]))

/* The stencil of `inst`: its variant for its oparg when the uop has one. */
static const UopjitStencil *stencil_of(const UopjitInst *inst) {
  int kind = inst->kind;
  if (kind < 0 || (size_t)kind >= NUM_STENCILS || uopjit_stencils[kind].size == 0)
    return NULL;
  if ((size_t)kind < NUM_VARIANT_OF && uopjit_stencil_variant_of[kind].first) {
    int64_t oparg = inst->imm[uopjit_stencil_variant_of[kind].oparg_imm];
    if (oparg >= 0 && oparg < UOPJIT_OPARG_VARIANTS)
      return &uopjit_stencil_variants[uopjit_stencil_variant_of[kind].first - 1 + oparg];
  }
  return &uopjit_stencils[kind];
}

/* Stencils have no `endbr64` of their own (uop-stencils strips it): the
   function's entries, the only places branched to indirectly (the first
   uop, called by run_compiled, and the resume points), get one before
   their stencil. */
static const unsigned char endbr64[] = {0xf3, 0x0f, 0x1e, 0xfa};
#define ENDBR_SIZE sizeof(endbr64)

static int is_entry(const UopjitProgram *prog, uint32_t i) {
  if (i == 0)
    return 1;
  for (uint32_t k = 0; k < prog->nentries; k++)
    if (prog->entries[k].inst == i)
      return 1;
  return 0;
}

/* Whether instruction i needs an endbr64 before its stencil: an entry
   whose stencil has none of its own (one with read-only data keeps its
   own: uop-stencils). Never two: gdb's prologue analysis skips one
   endbr64 to find the `push %rbp` of a stencil that starts a function. */
static int endbr_before(const UopjitProgram *prog, uint32_t i) {
  const UopjitStencil *s = stencil_of(&prog->insts[i]);
  return is_entry(prog, i) && !(s && s->size >= ENDBR_SIZE && s->entry == 0 &&
                                memcmp(s->code, endbr64, ENDBR_SIZE) == 0);
}

size_t uopjit_code_start(const UopjitProgram *prog, const size_t *start, uint32_t i) {
  return start[i] + (endbr_before(prog, i) ? ENDBR_SIZE : 0);
}

size_t uopjit_layout(const UopjitProgram *prog, size_t *start, int *missing) {
  size_t size = 0;
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    const UopjitStencil *s = stencil_of(&prog->insts[i]);
    if (s == NULL) {
      *missing = prog->insts[i].kind;
      return 0;
    }
    size_t prefix = endbr_before(prog, i) ? ENDBR_SIZE : 0;
    start[i] = ((size + prefix + s->align - 1) & ~(size_t)(s->align - 1)) - prefix;
    size = start[i] + prefix + s->size;
  }
  start[prog->ninsts] = size;
  return size;
}

size_t uopjit_entry_offset(const UopjitProgram *prog, const size_t *start, uint32_t i) {
  const UopjitStencil *s = stencil_of(&prog->insts[i]);
  /* An entry is branched to at its endbr64 (a stencil's own entry is its
     first byte: uop-stencils). */
  if (is_entry(prog, i) && s && s->entry == 0)
    return start[i];
  return uopjit_code_start(prog, start, i) + (s ? s->entry : 0);
}

static int patch(unsigned char *at, uintptr_t runtime_at, UopjitPatch how, uint64_t value) {
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
    int64_t v = how == UOPJIT_PATCH_PC32 ? (int64_t)(value - runtime_at) : (int64_t)value;
    if (v < INT32_MIN || v > INT32_MAX)
      return -1;
    int32_t v32 = (int32_t)v;
    memcpy(at, &v32, 4);
    return 0;
  }
  }
  return -1;
}

/* A jump compiled for the large code model is
     movabs $next, %rax ; [pop %reg ;] jmp *%rax
   Once `next` is known to be near (code of the same function), it becomes
   `[pop %reg ;] jmp next` (rel32) and a nop: a direct jump, which the
   processor predicts without a table. */
static void relax_jump(unsigned char *code, size_t size, size_t hole, uintptr_t runtime_hole,
                       uint64_t target) {
  size_t end = uopjit_jump_through_rax_end(code, size, hole);
  if (end == 0)
    return;
  unsigned char *movabs = code + hole - 2;
  int pop = end - hole == 11;
  unsigned char *jmp = movabs + pop;
  int64_t rel = (int64_t)(target - (runtime_hole - 2 + pop + 5));
  if (rel < INT32_MIN || rel > INT32_MAX)
    return;
  int32_t rel32 = (int32_t)rel;
  if (pop)
    movabs[0] = code[hole + 8];
  jmp[0] = 0xe9; /* jmp rel32 */
  memcpy(jmp + 1, &rel32, 4);
  memcpy(jmp + 5, "\x0f\x1f\x80\x00\x00\x00\x00", 7); /* nopl 0(%rax) */
}

long uopjit_copy_and_patch(const UopjitProgram *prog, unsigned char *mem, uintptr_t runtime_base,
                           const size_t *start, uintptr_t first_instr, void *const *symbols,
                           char *why, size_t whylen) {
  uintptr_t *entry = (uintptr_t *)malloc(sizeof(uintptr_t) * (prog->ninsts + 1));
  if (entry == NULL) {
    snprintf(why, whylen, "out of memory");
    return -1;
  }
  for (uint32_t i = 0; i < prog->ninsts; i++)
    entry[i] = runtime_base + uopjit_code_start(prog, start, i) + stencil_of(&prog->insts[i])->entry;
  entry[prog->ninsts] = 0;
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    const UopjitInst *inst = &prog->insts[i];
    const UopjitStencil *s = stencil_of(inst);
    size_t at = uopjit_code_start(prog, start, i);
    if (at != start[i])
      memcpy(mem + start[i], endbr64, ENDBR_SIZE);
    unsigned char *base = mem + at;
    uintptr_t runtime_code = runtime_base + at;
    memcpy(base, s->code, s->size);
    /* Alignment padding: nops, as the previous uop may run on into it. */
    memset(base + s->size, 0x90, start[i + 1] - at - s->size);
    for (uint32_t h = 0; h < s->nholes; h++) {
      const UopjitHole *hole = &s->holes[h];
      uint64_t value = 0;
      switch ((UopjitHoleValue)hole->value) {
      case UOPJIT_HOLE_SELF:
        value = runtime_code;
        break;
      case UOPJIT_HOLE_CONTINUE:
        value = entry[i + 1];
        break;
      case UOPJIT_HOLE_TARGET:
        value = inst->target >= 0 ? entry[inst->target] : 0;
        break;
      case UOPJIT_HOLE_INST:
        value = (uintptr_t)inst;
        break;
      case UOPJIT_HOLE_PREV_INSTR:
        value = first_instr + 2 * (uintptr_t)(inst->exit >= 0 ? prog->exits[inst->exit].offset / 2 : 0);
        break;
      case UOPJIT_HOLE_SYMBOL:
        value = (uintptr_t)symbols[hole->symbol];
        break;
      case UOPJIT_HOLE_IMM0:
      case UOPJIT_HOLE_IMM1:
      case UOPJIT_HOLE_IMM2:
      case UOPJIT_HOLE_IMM3:
        value = (uint64_t)inst->imm[hole->value - UOPJIT_HOLE_IMM0];
        break;
      default: {
        uint32_t k = hole->value - UOPJIT_HOLE_OPERAND0;
        value = k < (uint32_t)inst->nin + inst->nout ? (uint64_t)prog->pool[inst->ops + k] : 0;
        break;
      }
      }
      if (patch(base + hole->offset, runtime_code + hole->offset,
                (UopjitPatch)hole->patch, value + hole->addend) != 0) {
        snprintf(why, whylen, "hole %u of uop #%u is out of range", h, i);
        free(entry);
        return -1;
      }
      if ((hole->value == UOPJIT_HOLE_CONTINUE || hole->value == UOPJIT_HOLE_TARGET) &&
          hole->patch == UOPJIT_PATCH_ABS64 && value != 0)
        relax_jump(base, s->size, hole->offset, runtime_code + hole->offset,
                   value + hole->addend);
    }
  }
  free(entry);
  return (long)uopjit_entry_offset(prog, start, 0);
}

unsigned uopjit_stencil_symbol_count(void) {
  return sizeof(uopjit_stencil_symbol_names) / sizeof(uopjit_stencil_symbol_names[0]);
}

const char *uopjit_stencil_symbol_name(unsigned i) { return uopjit_stencil_symbol_names[i]; }

const char *uopjit_hole_in(const UopjitInst *inst, size_t from, size_t to) {
  static const char *const symbols[] = {
#define UOPJIT_HOLE_SYMBOL_NAME(NAME, SYMBOL) SYMBOL,
      UOPJIT_HOLE_VALUES(UOPJIT_HOLE_SYMBOL_NAME)
#undef UOPJIT_HOLE_SYMBOL_NAME
  };
  const UopjitStencil *s = stencil_of(inst);
  if (s == NULL)
    return NULL;
  for (uint32_t h = 0; h < s->nholes; h++) {
    const UopjitHole *hole = &s->holes[h];
    if (hole->offset < from || hole->offset >= to)
      continue;
    if (hole->value == UOPJIT_HOLE_SYMBOL)
      return uopjit_stencil_symbol_names[hole->symbol];
    return symbols[hole->value] ? symbols[hole->value] : "(self)";
  }
  return NULL;
}
