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

/* Offsets of each uop's code in the function (start[ninsts] is the total
   size); 0 when a uop has no stencil (the kind is written to *missing). */
size_t uopjit_layout(const UopjitProgram *prog, size_t *start, int *missing);

/* Copies and patches every stencil into `mem` (start[ninsts] bytes), for
   code that will run at address `runtime_base`. `first_instr` is the
   address of the code object's first code unit, `symbols` the address of
   each external symbol (uopjit_stencil_symbol_name(i)). Returns the entry
   point's offset, or -1 with the reason in `why` (a hole out of range). */
long uopjit_copy_and_patch(const UopjitProgram *prog, unsigned char *mem, uintptr_t runtime_base,
                           const size_t *start, uintptr_t first_instr, void *const *symbols,
                           char *why, size_t whylen);

/* External symbols the stencils use. */
unsigned uopjit_stencil_symbol_count(void);
const char *uopjit_stencil_symbol_name(unsigned i);

/* For listings: the name of the first hole of uop `inst` that starts in
   bytes [from, to) of its stencil (an external symbol or a _JIT_* hole),
   or NULL. */
const char *uopjit_hole_in(const UopjitInst *inst, size_t from, size_t to);

/* Where uop i's stencil starts in the function laid out at `start`:
   start[i], or after the endbr64 that precedes an entry's stencil. */
size_t uopjit_code_start(const UopjitProgram *prog, const size_t *start, uint32_t i);

/* Where uop i is entered from outside (run_compiled, a resume): at the
   endbr64 of an entry. */
size_t uopjit_entry_offset(const UopjitProgram *prog, const size_t *start, uint32_t i);

#ifdef __cplusplus
}
#endif

#endif
