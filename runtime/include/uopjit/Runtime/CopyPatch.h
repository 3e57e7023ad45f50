/*===- CopyPatch.h - laying out and patching stencils (C and C++) -------===*
 *
 * The part of the copy-and-patch backend that needs no Python: where each
 * uop's stencil goes, and filling its holes. The runtime (Jit.c) uses it to
 * make machine code; `uop-translate --emit-asm` uses it to show that code.
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_COPYPATCH_H
#define UOPJIT_RUNTIME_COPYPATCH_H

#include "uopjit/IR/FlatProgram.h"
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Where a uop's machine code goes. Its stencil has a hot part, the path
   that runs on into the next uop, and a cold part, the blocks that leave
   the compiled code (a deopt, an error) and read-only data. Hot parts are
   laid out in program order, so the hot path of a function is contiguous;
   cold parts after all of them. */
typedef struct UopjitPlace {
  size_t hot;  /* its hot part, at the endbr64 before an entry's */
  size_t cold; /* its cold part */
} UopjitPlace;

/* Fills place[0..ninsts] (place[ninsts]: where the cold parts begin, and
   the function's size) and returns the size; 0 when a uop has no stencil
   (its kind is written to *missing). */
size_t uopjit_layout(const UopjitProgram *prog, UopjitPlace *place, int *missing);

/* What holes take from the code object the program was compiled from
   (zeros for a listing): the address of its first code unit, its
   constants and its names (co_consts' and co_names' items), which live as
   long as the code. */
typedef struct UopjitCodeFacts {
  uintptr_t first_instr;
  void *const *consts;
  size_t nconsts;
  void *const *names;
} UopjitCodeFacts;

/* Copies and patches every stencil into `mem` (the size uopjit_layout
   gave), for code that will run at address `runtime_base`. `symbols` is
   the address of each external symbol (uopjit_stencil_symbol_name(i)).
   Returns 0, or -1 with the reason in `why` (a hole out of range). The
   function is entered at place[0].hot, a resume point at its uop's. */
int uopjit_copy_and_patch(const UopjitProgram *prog, unsigned char *mem, uintptr_t runtime_base,
                          const UopjitPlace *place, const UopjitCodeFacts *code,
                          void *const *symbols, char *why, size_t whylen);

/* External symbols the stencils use. */
unsigned uopjit_stencil_symbol_count(void);
const char *uopjit_stencil_symbol_name(unsigned i);

/* For listings: the name of the first hole of uop `inst` that starts in
   bytes [from, to) of its stencil's hot or cold part (an external symbol
   or a _JIT_* hole), or NULL. */
const char *uopjit_hole_in(const UopjitInst *inst, int cold, size_t from, size_t to);

/* For listings: how many bytes of code begin the cold part of `inst`'s
   stencil (read-only data follows). */
size_t uopjit_cold_code_size(const UopjitInst *inst);

/* Where uop i's stencil starts: after the endbr64 before an entry's. */
size_t uopjit_code_start(const UopjitProgram *prog, const UopjitPlace *place, uint32_t i);

#ifdef __cplusplus
}
#endif

#endif
