//===- SnapshotFromCode.cpp - snapshots of live code objects --------------===//

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define Py_BUILD_CORE 1
// Our own copies of the opcode tables (the interpreter does not export them).
#define NEED_OPCODE_TABLES
#include "internal/pycore_code.h"
#include "internal/pycore_dict.h"
#include "internal/pycore_opcode.h"
#undef NEED_OPCODE_TABLES

#include "uopjit/Frontend/SnapshotFromCode.h"

#include "llvm/Support/FormatVariadic.h"

using namespace uopjit;

static llvm::Error fail(const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

/// A str as UTF-8 (all of it: it may hold NUL characters).
static std::string str(PyObject *unicode) {
  Py_ssize_t size = 0;
  const char *s =
      unicode && PyUnicode_Check(unicode) ? PyUnicode_AsUTF8AndSize(unicode, &size) : nullptr;
  if (!s) {
    PyErr_Clear();
    return "";
  }
  return std::string(s, size);
}

static std::vector<std::string> strings(PyObject *tuple) {
  std::vector<std::string> out;
  for (Py_ssize_t i = 0; tuple && i < PyTuple_GET_SIZE(tuple); ++i)
    out.push_back(str(PyTuple_GET_ITEM(tuple, i)));
  return out;
}

/// The id snapshot.py gives a code object: "qualname@firstlineno".
static std::string codeId(PyCodeObject *co) {
  return str(co->co_qualname) + "@" + std::to_string(co->co_firstlineno);
}

static SnapshotConst constant(PyObject *value) {
  SnapshotConst c;
  c.type = Py_TYPE(value)->tp_name;
  if (PyObject *r = PyObject_Repr(value)) {
    c.repr = str(r).substr(0, 200);
    Py_DECREF(r);
  } else {
    PyErr_Clear();
  }
  if (PyBool_Check(value)) {
    c.boolValue = value == Py_True;
  } else if (PyLong_CheckExact(value)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (!overflow && !(v == -1 && PyErr_Occurred()))
      c.intValue = v;
    PyErr_Clear();
  } else if (PyFloat_CheckExact(value)) {
    double d = PyFloat_AS_DOUBLE(value);
    if (d == d && d != Py_HUGE_VAL && d != -Py_HUGE_VAL)
      c.floatValue = d;
  } else if (PyUnicode_CheckExact(value)) {
    c.strValue = str(value);
  } else if (PyCode_Check(value)) {
    c.codeId = codeId((PyCodeObject *)value);
  }
  return c;
}

/// The *_ADAPTIVE forms: not specialized (yet, or any more).
static bool isAdaptive(int opcode) {
  switch (opcode) {
  case BINARY_OP_ADAPTIVE:
  case BINARY_SUBSCR_ADAPTIVE:
  case CALL_ADAPTIVE:
  case COMPARE_OP_ADAPTIVE:
  case LOAD_ATTR_ADAPTIVE:
  case LOAD_GLOBAL_ADAPTIVE:
  case LOAD_METHOD_ADAPTIVE:
  case PRECALL_ADAPTIVE:
  case STORE_ATTR_ADAPTIVE:
  case STORE_SUBSCR_ADAPTIVE:
  case UNPACK_SEQUENCE_ADAPTIVE:
    return true;
  default:
    return false;
  }
}

/// Reads one varint of the exception table (6 bits a byte, bit 6: more).
static int varint(const unsigned char *&p) {
  int value = *p & 63;
  while (*p++ & 64)
    value = (value << 6) | (*p & 63);
  return value;
}

/// The (line, column) of each code unit of `co`, -1 where unknown, read
/// from its location table (co_linetable, in CPython 3.11's format:
/// InternalDocs/locations.md). What co_positions() yields, without making
/// a tuple of four ints per code unit (that iterator was 5% of a
/// compilation; PyCode_Addr2Location per instruction, before it, scanned
/// the table from its start every time). Each entry covers 1-8 code units:
/// a first byte (bit 7 set, code in bits 3-6, length - 1 in bits 0-2),
/// then what its code says. test/lit/frontend/in-process-snapshot.test
/// compares every position with the dump's, which come from co_positions().
static std::vector<std::pair<int, int>> linesAndColumns(PyCodeObject *co, int units) {
  std::vector<std::pair<int, int>> positions(units, {-1, -1});
  PyObject *table = co->co_linetable;
  if (!table || !PyBytes_Check(table))
    return positions;
  const auto *p = (const uint8_t *)PyBytes_AS_STRING(table);
  const uint8_t *end = p + PyBytes_GET_SIZE(table);
  auto byte = [&]() -> unsigned { return p < end ? *p++ : 0; };
  // 6 bits a byte, little end first, bit 6 set when another byte follows
  // (the exception table's varint above puts the high bits first).
  auto varint = [&]() {
    unsigned read = byte(), value = read & 63;
    for (unsigned shift = 6; read & 64; shift += 6)
      value |= ((read = byte()) & 63) << shift;
    return value;
  };
  auto signedVarint = [&]() {
    unsigned u = varint();
    return u & 1 ? -(int)(u >> 1) : (int)(u >> 1);
  };
  int line = co->co_firstlineno;
  for (int k = 0; p < end && k < units;) {
    unsigned first = byte();
    int code = (first >> 3) & 15, length = (first & 7) + 1;
    int entryLine = line, column = -1;
    switch (code) {
    case 15: // no location
      entryLine = -1;
      break;
    case 14: // long form: line delta, end line delta, column + 1, end column + 1
      entryLine = line += signedVarint();
      varint();
      column = (int)varint() - 1;
      varint();
      break;
    case 13: // no column
      entryLine = line += signedVarint();
      break;
    case 10: case 11: case 12: // one line, 0-2 below the last: column, end column
      entryLine = line += code - 10;
      column = (int)byte();
      byte();
      break;
    default: { // short form, same line: the column's high bits are the code
      unsigned second = byte();
      column = code << 3 | (second >> 4);
    }
    }
    for (int j = 0; j < length && k < units; ++j)
      positions[k++] = {entryLine, column};
  }
  return positions;
}

llvm::Expected<Snapshot> uopjit::snapshotFromCode(PyObject *object) {
  if (!object || !PyCode_Check(object))
    return fail("not a code object");
  auto *co = (PyCodeObject *)object;
  Snapshot s;
  s.python = PY_VERSION;
  s.id = codeId(co);
  s.name = str(co->co_name);
  s.qualname = str(co->co_qualname);
  s.filename = str(co->co_filename);
  s.firstlineno = co->co_firstlineno;
  s.flags = co->co_flags;
  s.argcount = co->co_argcount;
  s.posonlyargcount = co->co_posonlyargcount;
  s.kwonlyargcount = co->co_kwonlyargcount;
  s.stacksize = co->co_stacksize;
  s.nlocals = co->co_nlocals;
  s.codeSize = (int)_PyCode_NBYTES(co);
  // localsplus names, split by kind as co_varnames/co_cellvars/co_freevars.
  for (int i = 0; i < co->co_nlocalsplus; ++i) {
    _PyLocals_Kind kind = _PyLocals_GetKind(co->co_localspluskinds, i);
    std::string name = str(PyTuple_GET_ITEM(co->co_localsplusnames, i));
    s.localsplus.push_back(name);
    if (kind & CO_FAST_LOCAL)
      s.varnames.push_back(name);
    if (kind & CO_FAST_CELL) // an argument can be a cell too
      s.cellvars.push_back(name);
    if (kind & CO_FAST_FREE)
      s.freevars.push_back(name);
  }
  s.names = strings(co->co_names);
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(co->co_consts); ++i)
    s.consts.push_back(constant(PyTuple_GET_ITEM(co->co_consts, i)));

  const _Py_CODEUNIT *code = _PyCode_CODE(co);
  int units = (int)Py_SIZE(co);
  std::vector<std::pair<int, int>> positions = linesAndColumns(co, units);
  uint32_t ext = 0;
  int start = -1;
  for (int i = 0; i < units;) {
    SnapshotInstr in;
    in.opcode = _Py_OPCODE(code[i]);
    in.base = _PyOpcode_Deopt[in.opcode];
    in.offset = 2 * i;
    if (start < 0)
      start = in.offset;
    in.start = start;
    in.oparg = (ext << 8) | _Py_OPARG(code[i]);
    in.adaptive = isAdaptive(in.opcode);
    int caches = _PyOpcode_Caches[in.base];
    for (int k = 0; k < caches && i + 1 + k < units; ++k)
      in.caches.push_back(code[i + 1 + k]);
    std::tie(in.line, in.column) = positions[i];
    if (in.base == EXTENDED_ARG) {
      ext = in.oparg;
    } else {
      ext = 0;
      start = -1;
    }
    i += 1 + caches;
    s.instrs.push_back(std::move(in));
  }

  const auto *table = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
  const unsigned char *end = table + PyBytes_GET_SIZE(co->co_exceptiontable);
  for (const unsigned char *p = table; p < end;) {
    SnapshotExceptionEntry e;
    e.start = varint(p) * 2;
    e.end = e.start + varint(p) * 2;
    e.target = varint(p) * 2;
    int depthLasti = varint(p);
    e.depth = depthLasti >> 1;
    e.lasti = depthLasti & 1;
    s.exceptionTable.push_back(e);
  }
  return s;
}

void uopjit::observeArguments(Snapshot &snapshot, PyObject *const *locals, int n) {
  static const std::pair<PyTypeObject *, const char *> kinds[] = {
      {&PyList_Type, "list"}, {&PyTuple_Type, "tuple"}, {&PyDict_Type, "dict"},
      {&PyUnicode_Type, "str"}, {&PyLong_Type, "int"},  {&PyFloat_Type, "float"}};
  snapshot.observedArgTypes.assign(n, "");
  for (int i = 0; i < n; ++i)
    for (auto [type, name] : kinds)
      if (locals[i] && Py_IS_TYPE(locals[i], type))
        snapshot.observedArgTypes[i] = name;
}

void uopjit::markStaleGlobalSites(Snapshot &snapshot, PyObject *globals, PyObject *builtins) {
  // The current keys version of a namespace, or -1 when unknown.
  // (dk_version is a uint32_t: the -1 must not become 2**32 - 1.)
  auto versionOf = [](PyObject *dict) -> int64_t {
    if (!dict || !PyDict_CheckExact(dict))
      return -1;
    return (int64_t)((PyDictObject *)dict)->ma_keys->dk_version;
  };
  markStaleKeysVersions(snapshot, versionOf(globals), versionOf(builtins));
}
