/*===- Jit.h - the copy-and-patch backend -------------------------------===*/
#ifndef UOPJIT_RUNTIME_JIT_H
#define UOPJIT_RUNTIME_JIT_H

#include "JitFrame.h"

typedef struct UopjitCode UopjitCode;

/* Machine code for `prog` (of code object `co`), or NULL with the reason in
   `why`. The program must outlive the code. */
UopjitCode *uopjit_emit(const UopjitProgram *prog, PyCodeObject *co, char *why,
                        size_t whylen);
void uopjit_code_free(UopjitCode *code);
/* The machine code of uop `inst` (0: the function's start; else a resume
   point's). */
UopjitJitFunction uopjit_code_entry(const UopjitCode *code, uint32_t inst);
size_t uopjit_code_size(const UopjitCode *code);

#endif
