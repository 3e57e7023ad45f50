/*===- CopyPatch.c - laying out and patching stencils -------------------===*
 *
 * The stencil tables (Stencils.inc, made by uop-stencils) and what is done
 * with them: each uop's hot part goes right after the previous one, so
 * that a stencil whose jump to the next uop was cut (uop-stencils) runs on
 * into it; the cold parts go after all of them; each hole gets its value.
 * See CopyPatch.h.
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
  uint32_t offset; /* in its part */
  int32_t addend;
  uint16_t symbol;
  uint8_t patch;
  uint8_t value;
  uint8_t cold; /* in the cold part */
} UopjitHole;

typedef struct UopjitStencil {
  const unsigned char *code; /* the hot part, then the cold part */
  uint32_t size;
  uint32_t hot;       /* the hot part's size */
  uint32_t cold_code; /* bytes of code that begin the cold part */
  const UopjitHole *holes;
  uint32_t nholes;
  uint32_t align; /* of the cold part (its read-only data's alignment) */
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

/* Stencils have no `endbr64` of their own (uop-stencils strips every
   one): the function's entries, the only places branched to indirectly
   (the first uop, called by run_compiled, and the resume points), get one
   before their stencil. Never two: gdb's prologue analysis skips one
   endbr64 to find the `push %rbp` of a stencil that starts a function. */
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

size_t uopjit_code_start(const UopjitProgram *prog, const UopjitPlace *place, uint32_t i) {
  return place[i].hot + (is_entry(prog, i) ? ENDBR_SIZE : 0);
}

size_t uopjit_layout(const UopjitProgram *prog, UopjitPlace *place, int *missing) {
  size_t size = 0;
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    const UopjitStencil *s = stencil_of(&prog->insts[i]);
    if (s == NULL) {
      *missing = prog->insts[i].kind;
      return 0;
    }
    place[i].hot = size;
    size += (is_entry(prog, i) ? ENDBR_SIZE : 0) + s->hot;
  }
  place[prog->ninsts].hot = size;
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    const UopjitStencil *s = stencil_of(&prog->insts[i]);
    place[i].cold = (size + s->align - 1) & ~(size_t)(s->align - 1);
    size = place[i].cold + (s->size - s->hot);
  }
  place[prog->ninsts].cold = size;
  return size;
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

int uopjit_copy_and_patch(const UopjitProgram *prog, unsigned char *mem, uintptr_t runtime_base,
                          const UopjitPlace *place, const UopjitCodeFacts *code,
                          void *const *symbols, char *why, size_t whylen) {
  size_t hot_end = place[prog->ninsts].hot, size = place[prog->ninsts].cold;
  /* Between cold parts: int3, as nothing runs on into one. */
  memset(mem + hot_end, 0xcc, size - hot_end);
  for (uint32_t i = 0; i < prog->ninsts; i++) {
    const UopjitInst *inst = &prog->insts[i];
    const UopjitStencil *s = stencil_of(inst);
    size_t at[2] = {uopjit_code_start(prog, place, i), place[i].cold};
    size_t part_size[2] = {s->hot, s->size - s->hot};
    if (at[0] != place[i].hot)
      memcpy(mem + place[i].hot, endbr64, ENDBR_SIZE);
    memcpy(mem + at[0], s->code, s->hot);
    memcpy(mem + at[1], s->code + s->hot, part_size[1]);
    for (uint32_t h = 0; h < s->nholes; h++) {
      const UopjitHole *hole = &s->holes[h];
      unsigned char *base = mem + at[hole->cold];
      uintptr_t runtime_part = runtime_base + at[hole->cold];
      uint64_t value = 0;
      switch ((UopjitHoleValue)hole->value) {
      case UOPJIT_HOLE_SELF:
        value = runtime_base + at[0];
        break;
      case UOPJIT_HOLE_COLD:
        value = runtime_base + at[1];
        break;
      case UOPJIT_HOLE_CONTINUE:
        value = i + 1 < prog->ninsts ? runtime_base + place[i + 1].hot : 0;
        break;
      case UOPJIT_HOLE_TARGET:
        value = inst->target >= 0 ? runtime_base + place[inst->target].hot : 0;
        break;
      case UOPJIT_HOLE_INST:
        value = (uintptr_t)inst;
        break;
      case UOPJIT_HOLE_PREV_INSTR:
        value = code->first_instr +
                2 * (uintptr_t)(inst->exit >= 0 ? prog->exits[inst->exit].offset / 2 : 0);
        break;
      case UOPJIT_HOLE_NAMES:
        value = (uintptr_t)code->names;
        break;
      case UOPJIT_HOLE_CONST:
        value = code->consts && (uint64_t)inst->imm[0] < code->nconsts
                    ? (uintptr_t)code->consts[inst->imm[0]]
                    : 0;
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
      if (patch(base + hole->offset, runtime_part + hole->offset, (UopjitPatch)hole->patch,
                value + hole->addend) != 0) {
        snprintf(why, whylen, "hole %u of uop #%u is out of range", h, i);
        return -1;
      }
      if ((hole->value == UOPJIT_HOLE_CONTINUE || hole->value == UOPJIT_HOLE_TARGET) &&
          hole->patch == UOPJIT_PATCH_ABS64 && value != 0)
        relax_jump(base, part_size[hole->cold], hole->offset, runtime_part + hole->offset,
                   value + hole->addend);
    }
  }
  return 0;
}

unsigned uopjit_stencil_symbol_count(void) {
  return sizeof(uopjit_stencil_symbol_names) / sizeof(uopjit_stencil_symbol_names[0]);
}

const char *uopjit_stencil_symbol_name(unsigned i) { return uopjit_stencil_symbol_names[i]; }

const char *uopjit_hole_in(const UopjitInst *inst, int cold, size_t from, size_t to) {
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
    if (hole->cold != (cold != 0) || hole->offset < from || hole->offset >= to)
      continue;
    if (hole->value == UOPJIT_HOLE_SYMBOL)
      return uopjit_stencil_symbol_names[hole->symbol];
    if (symbols[hole->value])
      return symbols[hole->value];
    return hole->value == UOPJIT_HOLE_COLD ? "(cold)" : "(self)";
  }
  return NULL;
}

size_t uopjit_cold_code_size(const UopjitInst *inst) {
  const UopjitStencil *s = stencil_of(inst);
  return s ? s->cold_code : 0;
}
