/*===- RecordOperands.h - a uop's operands from its instruction record ---===*
 *
 * For code that runs the generated cases with operands and immediates read
 * from the instruction record `ip` and the register file `regs` (the
 * tier-2 interpreter, Outlined.c) rather than patched in: include it once
 * OPERAND(i), the register of operand i, is defined.
 *
 *===----------------------------------------------------------------------===*/
#define INPUT(i) regs[OPERAND(i)]
#define INPUT_REG(i) regs[OPERAND(i)]
#define OUTPUT(i) regs[OPERAND(i)]
#define IMM(k) (ip->imm[k])
#define IMM_U32(k) IMM(k)
#define IMM_S32(k) IMM(k)
