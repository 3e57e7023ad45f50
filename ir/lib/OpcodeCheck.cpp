//===- OpcodeCheck.cpp - the catalog's opcode numbers are the host's ------===//
//
// Compiles only if every instruction of the catalog has the number that
// /usr/include/python3.11/opcode.h gives it. Kept in its own file because
// opcode.h defines macros (NOP, CALL, COPY, ...) that would clash with names
// elsewhere.
//
//===----------------------------------------------------------------------===//

#include <opcode.h>

#include "uopjit/IR/OpcodeCheck.inc"
