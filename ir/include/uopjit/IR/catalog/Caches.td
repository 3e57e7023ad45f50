//===- Caches.td - inline cache layouts of CPython 3.11 ---------*- tablegen -*-===//
//
// One layout per instruction family, field by field as in Lib/opcode.py's
// `_cache_format` (sizes in 16-bit code units). The `counter` field belongs to
// the adaptive forms and is never an immediate.
//
//===----------------------------------------------------------------------===//
#ifndef UOPJIT_IR_CATALOG_CACHES_TD
#define UOPJIT_IR_CATALOG_CACHES_TD

def LoadGlobalCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"index", 1>,
                                   CacheField<"module_keys_version", 2>,
                                   CacheField<"builtin_keys_version", 1>]>;
def BinaryOpCache : CacheLayout<[CacheField<"counter", 1>]>;
def UnpackSequenceCache : CacheLayout<[CacheField<"counter", 1>]>;
def CompareOpCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"mask", 1>]>;
def BinarySubscrCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"type_version", 2>,
                                     CacheField<"func_version", 1>]>;
def LoadAttrCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"version", 2>,
                                 CacheField<"index", 1>]>;
def StoreAttrCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"version", 2>,
                                  CacheField<"index", 1>]>;
def LoadMethodCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"type_version", 2>,
                                   CacheField<"dict_offset", 1>, CacheField<"keys_version", 2>,
                                   CacheField<"descr", 4>]>;
def CallCache : CacheLayout<[CacheField<"counter", 1>, CacheField<"func_version", 2>,
                             CacheField<"min_args", 1>]>;
def PrecallCache : CacheLayout<[CacheField<"counter", 1>]>;
def StoreSubscrCache : CacheLayout<[CacheField<"counter", 1>]>;

#endif
