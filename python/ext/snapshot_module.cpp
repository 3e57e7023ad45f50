//===- snapshot_module.cpp - uopjit._snapshot: C++ snapshots from Python --===//
//
// `uopjit._snapshot.snapshot_json(code)` returns the snapshot that the C++
// API (snapshotFromCode) takes of a live code object, as dump-file JSON.
// Tests compare it with the Python dumper's; the runtime uses the C++ API
// directly.
//
//===----------------------------------------------------------------------===//

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "uopjit/Frontend/SnapshotFromCode.h"

static PyObject *snapshotJson(PyObject *, PyObject *code) {
  llvm::Expected<uopjit::Snapshot> snapshot = uopjit::snapshotFromCode(code);
  if (!snapshot) {
    PyErr_SetString(PyExc_TypeError, llvm::toString(snapshot.takeError()).c_str());
    return nullptr;
  }
  std::string json = uopjit::snapshotToJson(*snapshot);
  return PyUnicode_FromStringAndSize(json.data(), (Py_ssize_t)json.size());
}

static PyMethodDef methods[] = {
    {"snapshot_json", snapshotJson, METH_O,
     "snapshot_json(code) -> str: the C++ snapshot of a code object, as JSON"},
    {nullptr, nullptr, 0, nullptr}};

static PyModuleDef module = {PyModuleDef_HEAD_INIT, "uopjit._snapshot",
                             "In-process snapshots of code objects (C++).", -1, methods,
                             nullptr, nullptr, nullptr, nullptr};

PyMODINIT_FUNC PyInit__snapshot(void) { return PyModule_Create(&module); }
