//===- Snapshot.cpp - reading dump files ----------------------------------===//

#include "uopjit/Frontend/Snapshot.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace llvm;
using namespace uopjit;

namespace {
/// Reads fields of one JSON object, remembering the first error.
class Reader {
public:
  Reader(const json::Object &obj, std::string where) : obj(obj), where(std::move(where)) {}

  template <typename T> bool get(StringRef key, T &out, bool required = true) {
    const json::Value *v = obj.get(key);
    if (!v) {
      if (required)
        fail("missing field '" + key.str() + "'");
      return false;
    }
    if (!read(*v, out)) {
      fail("field '" + key.str() + "' has the wrong type");
      return false;
    }
    return true;
  }
  const json::Object &object() const { return obj; }
  void fail(const Twine &msg) {
    if (error.empty())
      error = where + ": " + msg.str();
  }
  std::string error;

private:
  static bool read(const json::Value &v, int &out) {
    std::optional<int64_t> i = v.getAsInteger();
    if (!i || *i < INT32_MIN || *i > INT32_MAX)
      return false;
    out = (int)*i;
    return true;
  }
  static bool read(const json::Value &v, uint32_t &out) {
    std::optional<int64_t> i = v.getAsInteger();
    if (!i || *i < 0 || *i > UINT32_MAX)
      return false;
    out = (uint32_t)*i;
    return true;
  }
  static bool read(const json::Value &v, bool &out) {
    std::optional<bool> b = v.getAsBoolean();
    if (!b)
      return false;
    out = *b;
    return true;
  }
  static bool read(const json::Value &v, std::string &out) {
    std::optional<StringRef> s = v.getAsString();
    if (!s)
      return false;
    out = s->str();
    return true;
  }
  static bool read(const json::Value &v, std::vector<std::string> &out) {
    const json::Array *a = v.getAsArray();
    if (!a)
      return false;
    for (const json::Value &e : *a) {
      std::optional<StringRef> s = e.getAsString();
      if (!s)
        return false;
      out.push_back(s->str());
    }
    return true;
  }
  const json::Object &obj;
  std::string where;
};
} // namespace

static Error fail(const Twine &msg) {
  return createStringError(inconvertibleErrorCode(), msg);
}

/// Reads the required array `key` of the snapshot, whose elements are all
/// objects: `each(index, reader)` reads one; the first problem is the error.
static Error readObjects(const json::Object &root, StringRef key,
                         function_ref<Error(size_t, Reader &)> each) {
  const json::Array *array = root.getArray(key);
  if (!array)
    return fail("snapshot: missing array '" + key + "'");
  for (auto [i, v] : enumerate(*array)) {
    std::string where = formatv("snapshot: {0}[{1}]", key, i).str();
    const json::Object *o = v.getAsObject();
    if (!o)
      return fail(where + " is not an object");
    Reader r(*o, where);
    if (Error e = each(i, r))
      return e;
    if (!r.error.empty())
      return fail(r.error);
  }
  return Error::success();
}

Expected<Snapshot> uopjit::parseSnapshot(StringRef text) {
  Expected<json::Value> parsed = json::parse(text);
  if (!parsed)
    return fail("not a snapshot: invalid JSON (" + toString(parsed.takeError()) + ")");
  const json::Object *root = parsed->getAsObject();
  if (!root)
    return fail("not a snapshot: the top level is not a JSON object");
  Reader r(*root, "snapshot");
  std::string format;
  int version = 0;
  r.get("format", format);
  if (r.error.empty() && format != "uopjit-snapshot")
    return fail("not a snapshot: format is '" + format + "', expected 'uopjit-snapshot'");
  r.get("version", version);
  if (r.error.empty() && version != kSnapshotFormatVersion)
    return fail(formatv("snapshot format version {0}, but this uopjit reads version {1}: "
                        "dump it again with this uopjit",
                        version, kSnapshotFormatVersion));
  std::string python;
  r.get("python", python);
  if (r.error.empty() && !StringRef(python).starts_with("3.11."))
    return fail("snapshot of Python " + python + "; uopjit translates CPython 3.11 bytecode");

  Snapshot s;
  s.python = python;
  r.get("id", s.id);
  r.get("name", s.name);
  r.get("qualname", s.qualname);
  r.get("filename", s.filename);
  r.get("firstlineno", s.firstlineno);
  r.get("flags", s.flags);
  r.get("argcount", s.argcount);
  r.get("posonlyargcount", s.posonlyargcount);
  r.get("kwonlyargcount", s.kwonlyargcount);
  r.get("stacksize", s.stacksize);
  r.get("nlocals", s.nlocals);
  r.get("code_size", s.codeSize);
  r.get("varnames", s.varnames);
  r.get("cellvars", s.cellvars);
  r.get("freevars", s.freevars);
  r.get("names", s.names);
  r.get("localsplus", s.localsplus);
  if (!r.error.empty())
    return fail(r.error);
  if (s.codeSize <= 0 || s.codeSize % 2)
    return fail(formatv("snapshot: code_size {0} is not a positive even number", s.codeSize));
  if (s.nlocals != (int)s.varnames.size())
    return fail(formatv("snapshot: nlocals {0} but {1} varnames", s.nlocals,
                        s.varnames.size()));
  if (s.localsplus.size() < s.varnames.size() + s.freevars.size())
    return fail(formatv("snapshot: {0} localsplus slots cannot hold {1} varnames and {2} "
                        "freevars",
                        s.localsplus.size(), s.varnames.size(), s.freevars.size()));

  Error consts = readObjects(*root, "consts", [&](size_t, Reader &cr) {
    SnapshotConst c;
    cr.get("type", c.type);
    cr.get("repr", c.repr);
    if (const json::Value *val = cr.object().get("value")) {
      if (c.type == "int")
        c.intValue = val->getAsInteger();
      else if (c.type == "float")
        c.floatValue = val->getAsNumber();
      else if (c.type == "bool")
        c.boolValue = val->getAsBoolean();
      else if (c.type == "str")
        if (std::optional<StringRef> str = val->getAsString())
          c.strValue = str->str();
    }
    if (c.type == "code")
      cr.get("code", c.codeId);
    s.consts.push_back(std::move(c));
    return Error::success();
  });
  if (consts)
    return std::move(consts);

  int expectedOffset = 0;
  Error instrs = readObjects(*root, "instructions", [&](size_t i, Reader &ir) -> Error {
    const json::Object *o = &ir.object();
    SnapshotInstr in;
    ir.get("offset", in.offset);
    ir.get("start", in.start);
    ir.get("opcode", in.opcode);
    ir.get("base", in.base);
    ir.get("oparg", in.oparg);
    ir.get("adaptive", in.adaptive, /*required=*/false);
    ir.get("generic", in.generic, /*required=*/false);
    if (const json::Array *caches = o->getArray("caches")) {
      for (const json::Value &c : *caches) {
        std::optional<int64_t> u = c.getAsInteger();
        if (!u || *u < 0 || *u > 0xffff)
          ir.fail("a cache entry is not a 16-bit code unit");
        else
          in.caches.push_back((uint16_t)*u);
      }
    } else {
      ir.fail("missing array 'caches'");
    }
    if (const json::Array *pos = o->getArray("position"); pos && pos->size() == 4) {
      in.line = (*pos)[0].getAsInteger().value_or(-1);
      in.column = (*pos)[2].getAsInteger().value_or(-1);
    }
    if (!ir.error.empty())
      return fail(ir.error);
    if (in.offset != expectedOffset)
      return fail(formatv("snapshot: instructions[{0}] ({1}) is at offset {2}, expected {3}",
                          i, in.opcode, in.offset, expectedOffset));
    if (in.opcode < 0 || in.opcode > 255 || in.base < 0 || in.base > 255)
      return fail(formatv("snapshot: instructions[{0}] at offset {1} has opcode {2} "
                          "(base {3}), not a byte",
                          i, in.offset, in.opcode, in.base));
    expectedOffset = in.offset + 2 + 2 * (int)in.caches.size();
    s.instrs.push_back(std::move(in));
    return Error::success();
  });
  if (instrs)
    return std::move(instrs);
  if (expectedOffset != s.codeSize)
    return fail(formatv("snapshot: the instructions cover {0} bytes but code_size is {1} "
                        "(truncated?)",
                        expectedOffset, s.codeSize));

  Error table = readObjects(*root, "exception_table", [&](size_t i, Reader &er) -> Error {
    SnapshotExceptionEntry e;
    er.get("start", e.start);
    er.get("end", e.end);
    er.get("target", e.target);
    er.get("depth", e.depth);
    er.get("lasti", e.lasti);
    if (!er.error.empty())
      return fail(er.error);
    if (e.start < 0 || e.start >= e.end || e.end > s.codeSize || e.target < 0 ||
        e.target >= s.codeSize || e.target % 2 || e.start % 2 || e.end % 2 || e.depth < 0)
      return fail(formatv("snapshot: exception_table[{0}] (start {1}, end {2}, target {3}, "
                          "depth {4}) does not fit the {5} bytes of code",
                          i, e.start, e.end, e.target, e.depth, s.codeSize));
    s.exceptionTable.push_back(e);
    return Error::success();
  });
  if (table)
    return std::move(table);
  return s;
}

std::string uopjit::snapshotToJson(const Snapshot &s) {
  auto list = [](const std::vector<std::string> &v) {
    return json::Array(std::vector<json::Value>(v.begin(), v.end()));
  };
  json::Array consts, instrs, table;
  for (const SnapshotConst &c : s.consts) {
    json::Object o{{"type", c.type}, {"repr", c.repr}};
    if (c.intValue)
      o["value"] = *c.intValue;
    else if (c.floatValue)
      o["value"] = *c.floatValue;
    else if (c.boolValue)
      o["value"] = *c.boolValue;
    else if (c.strValue)
      o["value"] = *c.strValue;
    if (c.type == "code")
      o["code"] = c.codeId;
    consts.push_back(std::move(o));
  }
  for (const SnapshotInstr &in : s.instrs) {
    json::Object o{{"offset", in.offset}, {"start", in.start},   {"opcode", in.opcode},
                   {"base", in.base},     {"oparg", in.oparg},
                   {"caches", json::Array(std::vector<json::Value>(in.caches.begin(),
                                                                   in.caches.end()))}};
    if (in.adaptive)
      o["adaptive"] = true;
    if (in.generic)
      o["generic"] = true;
    json::Value unknown = nullptr;
    o["position"] = json::Array{in.line >= 0 ? json::Value(in.line) : unknown, unknown,
                                in.column >= 0 ? json::Value(in.column) : unknown, unknown};
    instrs.push_back(std::move(o));
  }
  for (const SnapshotExceptionEntry &e : s.exceptionTable)
    table.push_back(json::Object{{"start", e.start}, {"end", e.end}, {"target", e.target},
                                 {"depth", e.depth}, {"lasti", e.lasti}});
  json::Object root{{"format", "uopjit-snapshot"},
                    {"version", kSnapshotFormatVersion},
                    {"python", s.python},
                    {"id", s.id},
                    {"name", s.name},
                    {"qualname", s.qualname},
                    {"filename", s.filename},
                    {"firstlineno", s.firstlineno},
                    {"flags", s.flags},
                    {"argcount", s.argcount},
                    {"posonlyargcount", s.posonlyargcount},
                    {"kwonlyargcount", s.kwonlyargcount},
                    {"stacksize", s.stacksize},
                    {"nlocals", s.nlocals},
                    {"varnames", list(s.varnames)},
                    {"cellvars", list(s.cellvars)},
                    {"freevars", list(s.freevars)},
                    {"localsplus", list(s.localsplus)},
                    {"names", list(s.names)},
                    {"consts", std::move(consts)},
                    {"code_size", s.codeSize},
                    {"instructions", std::move(instrs)},
                    {"exception_table", std::move(table)}};
  std::string out;
  raw_string_ostream os(out);
  os << json::Value(std::move(root));
  return out;
}
