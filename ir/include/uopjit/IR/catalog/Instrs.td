//===- Instrs.td - every CPython 3.11 opcode as a macro of uops -*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_INSTRS_TD
#define UOPJIT_IR_CATALOG_INSTRS_TD

def : Instr<"NOP", 9, [Uop_NopOp]>;
def : Instr<"POP_TOP", 1, [Uop_PopTopOp]>;
def : Instr<"LOAD_FAST", 124, [Uop_LoadFastOp]>;
def : Instr<"STORE_FAST", 125, [Uop_StoreFastOp]>;
def : Instr<"COPY", 120, [Uop_CopyOp]>;
def : Instr<"BINARY_OP", 122, [Uop_BinaryOpOp], BinaryOpCache>;
def : Instr<"BINARY_OP_ADD_FLOAT", 4, [Uop_GuardBothFloatOp, Uop_BinaryOpAddFloatOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BUILD_TUPLE", 102, [Uop_BuildTupleOp]>;
def : Instr<"LOAD_GLOBAL", 116, [Uop_LoadGlobalOp], LoadGlobalCache>;
def : Instr<"RETURN_VALUE", 83, [Uop_ReturnValueOp]>;
def : Instr<"POP_JUMP_FORWARD_IF_FALSE", 114, [Uop_PopJumpForwardIfFalseOp]>;
def : Instr<"YIELD_VALUE", 86, [Uop_YieldValueOp]>;

#endif
