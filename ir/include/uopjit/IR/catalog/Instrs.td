//===- Instrs.td - every CPython 3.11 opcode as a macro of uops -*- tablegen -*-===//
//
// One record per opcode of /usr/include/python3.11/opcode.h but CACHE,
// HAVE_ARGUMENT, DO_TRACING and the *_ADAPTIVE forms, in opcode order.
// Specialized forms are their guards then their action; superinstructions
// hold only their first half (the next code unit is decoded as itself).
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_IR_CATALOG_INSTRS_TD
#define UOPJIT_IR_CATALOG_INSTRS_TD

def : Instr<"POP_TOP", 1, [Uop_PopTopOp]>;
def : Instr<"PUSH_NULL", 2, [Uop_PushNullOp]>;
def : Instr<"BINARY_OP_ADD_FLOAT", 4, [Uop_GuardBothFloatOp, Uop_BinaryOpAddFloatOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BINARY_OP_ADD_INT", 5, [Uop_GuardBothIntOp, Uop_BinaryOpAddIntOp], BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BINARY_OP_ADD_UNICODE", 6, [Uop_GuardBothUnicodeOp, Uop_BinaryOpAddUnicodeOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BINARY_OP_INPLACE_ADD_UNICODE", 7, [Uop_GuardBothUnicodeOp,
            Uop_GuardInplaceAddTargetOp, Uop_BinaryOpInplaceAddUnicodeOp], BinaryOpCache> {
  let family = "BINARY_OP";
  // 3.11 also performs the STORE_FAST that follows and skips it; in the JIT's
  // view the uop pushes the result and that STORE_FAST runs as itself.
  let superinstruction = 1;
}
def : Instr<"BINARY_OP_MULTIPLY_FLOAT", 8, [Uop_GuardBothFloatOp, Uop_BinaryOpMultiplyFloatOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"NOP", 9, [Uop_NopOp]>;
def : Instr<"UNARY_POSITIVE", 10, [Uop_UnaryPositiveOp]>;
def : Instr<"UNARY_NEGATIVE", 11, [Uop_UnaryNegativeOp]>;
def : Instr<"UNARY_NOT", 12, [Uop_UnaryNotOp]>;
def : Instr<"BINARY_OP_MULTIPLY_INT", 13, [Uop_GuardBothIntOp, Uop_BinaryOpMultiplyIntOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BINARY_OP_SUBTRACT_FLOAT", 14, [Uop_GuardBothFloatOp, Uop_BinaryOpSubtractFloatOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"UNARY_INVERT", 15, [Uop_UnaryInvertOp]>;
def : Instr<"BINARY_OP_SUBTRACT_INT", 16, [Uop_GuardBothIntOp, Uop_BinaryOpSubtractIntOp],
            BinaryOpCache> {
  let family = "BINARY_OP";
}
def : Instr<"BINARY_SUBSCR_DICT", 18, [Uop_GuardNosDictOp, Uop_BinarySubscrDictOp],
            BinarySubscrCache> {
  let family = "BINARY_SUBSCR";
}
def : Instr<"BINARY_SUBSCR_GETITEM", 19, [Uop_GuardContainerTypeVersionOp,
            Uop_GuardGetitemFuncVersionOp, Uop_BinarySubscrGetitemOp], BinarySubscrCache> {
  let family = "BINARY_SUBSCR";
}
def : Instr<"BINARY_SUBSCR_LIST_INT", 20, [Uop_GuardTosIntOp, Uop_GuardNosListOp,
            Uop_GuardListIndexOp, Uop_BinarySubscrListIntOp], BinarySubscrCache> {
  let family = "BINARY_SUBSCR";
}
def : Instr<"BINARY_SUBSCR_TUPLE_INT", 21, [Uop_GuardTosIntOp, Uop_GuardNosTupleOp,
            Uop_GuardTupleIndexOp, Uop_BinarySubscrTupleIntOp], BinarySubscrCache> {
  let family = "BINARY_SUBSCR";
}
def : Instr<"CALL_PY_EXACT_ARGS", 23, [Uop_GuardNoEvalFrameHookOp, Uop_GuardFunctionVersionOp,
            Uop_GuardExactArgcountOp, Uop_CallPyExactArgsOp], CallCache> {
  let family = "CALL";
  let doc = "Runtime-true stack effect -(oparg + 1), as CALL.";
}
def : Instr<"CALL_PY_WITH_DEFAULTS", 24, [Uop_GuardNoEvalFrameHookOp,
            Uop_GuardFunctionVersionOp, Uop_GuardArgcountRangeOp, Uop_CallPyWithDefaultsOp],
            CallCache> {
  let family = "CALL";
  let doc = "Runtime-true stack effect -(oparg + 1), as CALL.";
}
def : Instr<"BINARY_SUBSCR", 25, [Uop_BinarySubscrOp], BinarySubscrCache>;
def : Instr<"COMPARE_OP_FLOAT_JUMP", 27, [Uop_GuardBothFloatOp, Uop_GuardBothNotNanOp,
            Uop_CompareOpFloatOp], CompareOpCache> {
  let family = "COMPARE_OP";
  let superinstruction = 1;
}
def : Instr<"COMPARE_OP_INT_JUMP", 28, [Uop_GuardBothIntOp, Uop_GuardBothSmallIntOp,
            Uop_CompareOpIntOp], CompareOpCache> {
  let family = "COMPARE_OP";
  let superinstruction = 1;
}
def : Instr<"COMPARE_OP_STR_JUMP", 29, [Uop_GuardBothUnicodeOp, Uop_CompareOpStrOp],
            CompareOpCache> {
  let family = "COMPARE_OP";
  let superinstruction = 1;
}
def : Instr<"GET_LEN", 30, [Uop_GetLenOp]>;
def : Instr<"MATCH_MAPPING", 31, [Uop_MatchMappingOp]>;
def : Instr<"MATCH_SEQUENCE", 32, [Uop_MatchSequenceOp]>;
def : Instr<"MATCH_KEYS", 33, [Uop_MatchKeysOp]>;
def : Instr<"EXTENDED_ARG_QUICK", 34, [Uop_ExtendedArgOp]> {
  let family = "EXTENDED_ARG";
}
def : Instr<"PUSH_EXC_INFO", 35, [Uop_PushExcInfoOp]>;
def : Instr<"CHECK_EXC_MATCH", 36, [Uop_CheckExcMatchOp]>;
def : Instr<"CHECK_EG_MATCH", 37, [Uop_CheckEgMatchOp]>;
def : Instr<"JUMP_BACKWARD_QUICK", 38, [Uop_JumpBackwardOp]> {
  let family = "JUMP_BACKWARD";
}
def : Instr<"LOAD_ATTR_INSTANCE_VALUE", 40, [Uop_GuardTypeVersionOp, Uop_GuardHasValuesOp,
            Uop_LoadAttrInstanceValueOp], LoadAttrCache> {
  let family = "LOAD_ATTR";
  let genericUops = [Uop_LoadAttrTryCachedOp];
}
def : Instr<"LOAD_ATTR_MODULE", 41, [Uop_GuardModuleVersionOp, Uop_LoadAttrModuleOp],
            LoadAttrCache> {
  let family = "LOAD_ATTR";
}
def : Instr<"LOAD_ATTR_SLOT", 42, [Uop_GuardTypeVersionOp, Uop_LoadAttrSlotOp], LoadAttrCache> {
  let family = "LOAD_ATTR";
}
def : Instr<"LOAD_ATTR_WITH_HINT", 43, [Uop_GuardTypeVersionOp, Uop_GuardDictHintOp,
            Uop_LoadAttrWithHintOp], LoadAttrCache> {
  let family = "LOAD_ATTR";
}
def : Instr<"LOAD_CONST__LOAD_FAST", 44, [Uop_LoadConstOp]> {
  let family = "LOAD_CONST";
  let superinstruction = 1;
}
def : Instr<"LOAD_FAST__LOAD_CONST", 45, [Uop_LoadFastOp]> {
  let family = "LOAD_FAST";
  let superinstruction = 1;
}
def : Instr<"LOAD_FAST__LOAD_FAST", 46, [Uop_LoadFastOp]> {
  let family = "LOAD_FAST";
  let superinstruction = 1;
}
def : Instr<"LOAD_GLOBAL_BUILTIN", 48, [Uop_GuardGlobalsVersionOp, Uop_GuardBuiltinsVersionOp,
            Uop_LoadGlobalBuiltinOp], LoadGlobalCache> {
  let family = "LOAD_GLOBAL";
}
def : Instr<"WITH_EXCEPT_START", 49, [Uop_WithExceptStartOp]>;
def : Instr<"GET_AITER", 50, [Uop_GetAiterOp]>;
def : Instr<"GET_ANEXT", 51, [Uop_GetAnextOp]>;
def : Instr<"BEFORE_ASYNC_WITH", 52, [Uop_BeforeAsyncWithOp]>;
def : Instr<"BEFORE_WITH", 53, [Uop_BeforeWithOp]>;
def : Instr<"END_ASYNC_FOR", 54, [Uop_EndAsyncForOp]>;
def : Instr<"LOAD_GLOBAL_MODULE", 55, [Uop_GuardGlobalsVersionOp, Uop_LoadGlobalModuleOp],
            LoadGlobalCache> {
  let family = "LOAD_GLOBAL";
}
def : Instr<"LOAD_METHOD_CLASS", 57, [Uop_GuardClassVersionOp, Uop_LoadMethodClassOp],
            LoadMethodCache> {
  let family = "LOAD_METHOD";
}
def : Instr<"LOAD_METHOD_MODULE", 58, [Uop_GuardMethodModuleVersionOp, Uop_LoadMethodModuleOp],
            LoadMethodCache> {
  let family = "LOAD_METHOD";
  let doc = "3.11 writes this form's cache through a _PyAttrCache overlay: the module keys version "
          # "sits in type_version and the entry index in dict_offset.";
}
def : Instr<"LOAD_METHOD_NO_DICT", 59, [Uop_GuardMethodTypeVersionOp, Uop_LoadMethodCachedOp],
            LoadMethodCache> {
  let family = "LOAD_METHOD";
}
def : Instr<"STORE_SUBSCR", 60, [Uop_StoreSubscrOp], StoreSubscrCache>;
def : Instr<"DELETE_SUBSCR", 61, [Uop_DeleteSubscrOp]>;
def : Instr<"LOAD_METHOD_WITH_DICT", 62, [Uop_GuardMethodTypeVersionOp,
            Uop_GuardDictKeysVersionOp, Uop_LoadMethodCachedOp], LoadMethodCache> {
  let family = "LOAD_METHOD";
}
def : Instr<"LOAD_METHOD_WITH_VALUES", 63, [Uop_GuardMethodTypeVersionOp,
            Uop_GuardNoManagedDictOp, Uop_GuardCachedKeysVersionOp, Uop_LoadMethodCachedOp],
            LoadMethodCache> {
  let family = "LOAD_METHOD";
  let genericUops = [Uop_LoadMethodTryCachedOp];
}
def : Instr<"PRECALL_BOUND_METHOD", 65, [Uop_GuardNotMethodOp, Uop_GuardBoundMethodOp,
            Uop_PrecallBoundMethodOp], PrecallCache> {
  let family = "PRECALL";
  let doc = "Runtime-true stack effect 0, as PRECALL.";
}
def : Instr<"PRECALL_BUILTIN_CLASS", 66, [Uop_GuardCalleeBuiltinClassOp,
            Uop_PrecallBuiltinClassOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_BUILTIN_FAST_WITH_KEYWORDS", 67, [Uop_GuardCalleeBuiltinFastKwOp,
            Uop_PrecallBuiltinFastWithKeywordsOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"GET_ITER", 68, [Uop_GetIterOp]>;
def : Instr<"GET_YIELD_FROM_ITER", 69, [Uop_GetYieldFromIterOp]>;
def : Instr<"PRINT_EXPR", 70, [Uop_PrintExprOp]>;
def : Instr<"LOAD_BUILD_CLASS", 71, [Uop_LoadBuildClassOp]>;
def : Instr<"PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", 72, [Uop_GuardMethodDescrFastKwOp,
            Uop_PrecallMethodDescriptorFastWithKeywordsOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_NO_KW_BUILTIN_FAST", 73, [Uop_GuardCalleeBuiltinFastOp,
            Uop_PrecallNoKwBuiltinFastOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"LOAD_ASSERTION_ERROR", 74, [Uop_LoadAssertionErrorOp]>;
def : Instr<"RETURN_GENERATOR", 75, [Uop_ReturnGeneratorOp]> {
  let doc = "The generator body starts after this instruction with the sent value (None) on the "
          # "stack, popped by the next POP_TOP; CPython's stackdepth() likewise starts generators "
          # "at depth 1.";
}
def : Instr<"PRECALL_NO_KW_BUILTIN_O", 76, [Uop_GuardOneArgOp, Uop_GuardCalleeBuiltinOOp,
            Uop_PrecallNoKwBuiltinOOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_NO_KW_ISINSTANCE", 77, [Uop_GuardTwoArgsOp, Uop_GuardCalleeIsinstanceOp,
            Uop_PrecallNoKwIsinstanceOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_NO_KW_LEN", 78, [Uop_GuardOneArgOp, Uop_GuardCalleeLenOp,
            Uop_PrecallNoKwLenOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_NO_KW_LIST_APPEND", 79, [Uop_GuardListAppendOp,
            Uop_PrecallNoKwListAppendOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL", "POP_TOP"];
}
def : Instr<"PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST", 80, [Uop_GuardMethodDescrFastOp,
            Uop_PrecallNoKwMethodDescriptorFastOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", 81, [Uop_GuardOneArgOp,
            Uop_GuardMethodDescrNoargsOp, Uop_PrecallNoKwMethodDescriptorNoargsOp],
            PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"LIST_TO_TUPLE", 82, [Uop_ListToTupleOp]>;
def : Instr<"RETURN_VALUE", 83, [Uop_ReturnValueOp]>;
def : Instr<"IMPORT_STAR", 84, [Uop_ImportStarOp]>;
def : Instr<"SETUP_ANNOTATIONS", 85, [Uop_SetupAnnotationsOp]>;
def : Instr<"YIELD_VALUE", 86, [Uop_YieldValueOp]>;
def : Instr<"ASYNC_GEN_WRAP", 87, [Uop_AsyncGenWrapOp]>;
def : Instr<"PREP_RERAISE_STAR", 88, [Uop_PrepReraiseStarOp]>;
def : Instr<"POP_EXCEPT", 89, [Uop_PopExceptOp]>;
def : Instr<"STORE_NAME", 90, [Uop_StoreNameOp]>;
def : Instr<"DELETE_NAME", 91, [Uop_DeleteNameOp]>;
def : Instr<"UNPACK_SEQUENCE", 92, [Uop_UnpackSequenceOp], UnpackSequenceCache>;
def : Instr<"FOR_ITER", 93, [Uop_ForIterOp]>;
def : Instr<"UNPACK_EX", 94, [Uop_UnpackExOp]>;
def : Instr<"STORE_ATTR", 95, [Uop_StoreAttrOp], StoreAttrCache>;
def : Instr<"DELETE_ATTR", 96, [Uop_DeleteAttrOp]>;
def : Instr<"STORE_GLOBAL", 97, [Uop_StoreGlobalOp]>;
def : Instr<"DELETE_GLOBAL", 98, [Uop_DeleteGlobalOp]>;
def : Instr<"SWAP", 99, [Uop_SwapOp]>;
def : Instr<"LOAD_CONST", 100, [Uop_LoadConstOp]>;
def : Instr<"LOAD_NAME", 101, [Uop_LoadNameOp]>;
def : Instr<"BUILD_TUPLE", 102, [Uop_BuildTupleOp]>;
def : Instr<"BUILD_LIST", 103, [Uop_BuildListOp]>;
def : Instr<"BUILD_SET", 104, [Uop_BuildSetOp]>;
def : Instr<"BUILD_MAP", 105, [Uop_BuildMapOp]>;
def : Instr<"LOAD_ATTR", 106, [Uop_LoadAttrOp], LoadAttrCache>;
def : Instr<"COMPARE_OP", 107, [Uop_CompareOpOp], CompareOpCache>;
def : Instr<"IMPORT_NAME", 108, [Uop_ImportNameOp]>;
def : Instr<"IMPORT_FROM", 109, [Uop_ImportFromOp]>;
def : Instr<"JUMP_FORWARD", 110, [Uop_JumpForwardOp]>;
def : Instr<"JUMP_IF_FALSE_OR_POP", 111, [Uop_JumpIfFalseOrPopOp]>;
def : Instr<"JUMP_IF_TRUE_OR_POP", 112, [Uop_JumpIfTrueOrPopOp]>;
def : Instr<"PRECALL_NO_KW_METHOD_DESCRIPTOR_O", 113, [Uop_GuardTwoArgsOp,
            Uop_GuardMethodDescrOOp, Uop_PrecallNoKwMethodDescriptorOOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"POP_JUMP_FORWARD_IF_FALSE", 114, [Uop_PopJumpForwardIfFalseOp]>;
def : Instr<"POP_JUMP_FORWARD_IF_TRUE", 115, [Uop_PopJumpForwardIfTrueOp]>;
def : Instr<"LOAD_GLOBAL", 116, [Uop_LoadGlobalOp], LoadGlobalCache>;
def : Instr<"IS_OP", 117, [Uop_IsOpOp]>;
def : Instr<"CONTAINS_OP", 118, [Uop_ContainsOpOp]>;
def : Instr<"RERAISE", 119, [Uop_ReraiseOp]>;
def : Instr<"COPY", 120, [Uop_CopyOp]>;
def : Instr<"PRECALL_NO_KW_STR_1", 121, [Uop_GuardNotMethodOp, Uop_GuardCalleeStrOp,
            Uop_PrecallNoKwStr1Op], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"BINARY_OP", 122, [Uop_BinaryOpOp], BinaryOpCache>;
def : Instr<"SEND", 123, [Uop_SendOp]>;
def : Instr<"LOAD_FAST", 124, [Uop_LoadFastOp]>;
def : Instr<"STORE_FAST", 125, [Uop_StoreFastOp]>;
def : Instr<"DELETE_FAST", 126, [Uop_DeleteFastOp]>;
def : Instr<"PRECALL_NO_KW_TUPLE_1", 127, [Uop_GuardNotMethodOp, Uop_GuardCalleeTupleOp,
            Uop_PrecallNoKwTuple1Op], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"POP_JUMP_FORWARD_IF_NOT_NONE", 128, [Uop_PopJumpForwardIfNotNoneOp]>;
def : Instr<"POP_JUMP_FORWARD_IF_NONE", 129, [Uop_PopJumpForwardIfNoneOp]>;
def : Instr<"RAISE_VARARGS", 130, [Uop_RaiseVarargsOp]>;
def : Instr<"GET_AWAITABLE", 131, [Uop_GetAwaitableOp]>;
def : Instr<"MAKE_FUNCTION", 132, [Uop_MakeFunctionOp]>;
def : Instr<"BUILD_SLICE", 133, [Uop_BuildSliceOp]>;
def : Instr<"JUMP_BACKWARD_NO_INTERRUPT", 134, [Uop_JumpBackwardNoInterruptOp]>;
def : Instr<"MAKE_CELL", 135, [Uop_MakeCellOp]>;
def : Instr<"LOAD_CLOSURE", 136, [Uop_LoadClosureOp]>;
def : Instr<"LOAD_DEREF", 137, [Uop_LoadDerefOp]>;
def : Instr<"STORE_DEREF", 138, [Uop_StoreDerefOp]>;
def : Instr<"DELETE_DEREF", 139, [Uop_DeleteDerefOp]>;
def : Instr<"JUMP_BACKWARD", 140, [Uop_JumpBackwardOp]>;
def : Instr<"PRECALL_NO_KW_TYPE_1", 141, [Uop_GuardNotMethodOp, Uop_GuardCalleeTypeOp,
            Uop_PrecallNoKwType1Op], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
}
def : Instr<"CALL_FUNCTION_EX", 142, [Uop_CallFunctionExOp]>;
def : Instr<"PRECALL_PYFUNC", 143, [Uop_GuardCalleeFunctionOp, Uop_GuardSimplePyCallOp,
            Uop_CallPyExactArgsOp], PrecallCache> {
  let family = "PRECALL";
  let alsoRuns = ["CALL"];
  let doc = "In CPython only a guard; the CALL after it is generic under uopjit (3.11 does not "
          # "keep CALL_PY_EXACT_ARGS or CALL_PY_WITH_DEFAULTS while a PEP 523 hook is "
          # "installed), so compiled code makes the pair the direct call those would be; after "
          # "KW_NAMES the frontend keeps only the guard and the generic CALL.";
}
def : Instr<"EXTENDED_ARG", 144, [Uop_ExtendedArgOp]>;
def : Instr<"LIST_APPEND", 145, [Uop_ListAppendOp]>;
def : Instr<"SET_ADD", 146, [Uop_SetAddOp]>;
def : Instr<"MAP_ADD", 147, [Uop_MapAddOp]>;
def : Instr<"LOAD_CLASSDEREF", 148, [Uop_LoadClassderefOp]>;
def : Instr<"COPY_FREE_VARS", 149, [Uop_CopyFreeVarsOp]>;
def : Instr<"RESUME_QUICK", 150, [Uop_ResumeCheckOp]> {
  let family = "RESUME";
}
def : Instr<"RESUME", 151, [Uop_ResumeCheckOp]>;
def : Instr<"MATCH_CLASS", 152, [Uop_MatchClassOp]>;
def : Instr<"STORE_ATTR_INSTANCE_VALUE", 154, [Uop_GuardTypeVersionOp, Uop_GuardHasValuesOp,
            Uop_StoreAttrInstanceValueOp], StoreAttrCache> {
  let family = "STORE_ATTR";
  let genericUops = [Uop_StoreAttrTryCachedOp];
}
def : Instr<"FORMAT_VALUE", 155, [Uop_FormatValueOp]>;
def : Instr<"BUILD_CONST_KEY_MAP", 156, [Uop_BuildConstKeyMapOp]>;
def : Instr<"BUILD_STRING", 157, [Uop_BuildStringOp]>;
def : Instr<"STORE_ATTR_SLOT", 158, [Uop_GuardTypeVersionOp, Uop_StoreAttrSlotOp],
            StoreAttrCache> {
  let family = "STORE_ATTR";
}
def : Instr<"STORE_ATTR_WITH_HINT", 159, [Uop_GuardTypeVersionOp, Uop_GuardDictHintOp,
            Uop_StoreAttrWithHintOp], StoreAttrCache> {
  let family = "STORE_ATTR";
}
def : Instr<"LOAD_METHOD", 160, [Uop_LoadMethodOp], LoadMethodCache>;
def : Instr<"STORE_FAST__LOAD_FAST", 161, [Uop_StoreFastOp]> {
  let family = "STORE_FAST";
  let superinstruction = 1;
}
def : Instr<"LIST_EXTEND", 162, [Uop_ListExtendOp]>;
def : Instr<"SET_UPDATE", 163, [Uop_SetUpdateOp]>;
def : Instr<"DICT_MERGE", 164, [Uop_DictMergeOp]>;
def : Instr<"DICT_UPDATE", 165, [Uop_DictUpdateOp]>;
def : Instr<"PRECALL", 166, [Uop_PrecallOp], PrecallCache> {
  let doc = "Runtime-true stack effect 0 (the arguments stay on the stack until CALL); "
          # "dis.stack_effect charges -oparg here and -1 to CALL.";
}
def : Instr<"STORE_FAST__STORE_FAST", 167, [Uop_StoreFastOp]> {
  let family = "STORE_FAST";
  let superinstruction = 1;
}
def : Instr<"STORE_SUBSCR_DICT", 169, [Uop_GuardNosDictOp, Uop_StoreSubscrDictOp],
            StoreSubscrCache> {
  let family = "STORE_SUBSCR";
}
def : Instr<"STORE_SUBSCR_LIST_INT", 170, [Uop_GuardTosIntOp, Uop_GuardNosListOp,
            Uop_GuardListIndexOp, Uop_StoreSubscrListIntOp], StoreSubscrCache> {
  let family = "STORE_SUBSCR";
}
def : Instr<"CALL", 171, [Uop_CallOp], CallCache> {
  let doc = "Runtime-true stack effect -(oparg + 1); dis.stack_effect charges -oparg to PRECALL "
          # "and -1 here.";
}
def : Instr<"KW_NAMES", 172, [Uop_KwNamesOp]>;
def : Instr<"POP_JUMP_BACKWARD_IF_NOT_NONE", 173, [Uop_PopJumpBackwardIfNotNoneOp]>;
def : Instr<"POP_JUMP_BACKWARD_IF_NONE", 174, [Uop_PopJumpBackwardIfNoneOp]>;
def : Instr<"POP_JUMP_BACKWARD_IF_FALSE", 175, [Uop_PopJumpBackwardIfFalseOp]>;
def : Instr<"POP_JUMP_BACKWARD_IF_TRUE", 176, [Uop_PopJumpBackwardIfTrueOp]>;
def : Instr<"UNPACK_SEQUENCE_LIST", 178, [Uop_GuardTosListOp, Uop_GuardSeqLenOp,
            Uop_UnpackSequenceListOp], UnpackSequenceCache> {
  let family = "UNPACK_SEQUENCE";
}
def : Instr<"UNPACK_SEQUENCE_TUPLE", 179, [Uop_GuardTosTupleOp, Uop_GuardSeqLenOp,
            Uop_UnpackSequenceTupleOp], UnpackSequenceCache> {
  let family = "UNPACK_SEQUENCE";
}
def : Instr<"UNPACK_SEQUENCE_TWO_TUPLE", 180, [Uop_GuardTosTupleOp, Uop_GuardSeqLenOp,
            Uop_UnpackSequenceTwoTupleOp], UnpackSequenceCache> {
  let family = "UNPACK_SEQUENCE";
}

#endif
