# An instruction marked "generic" in the snapshot (the runtime marks a site
# whose specialization kept deoptimizing: docs/backend.md) imports as what
# the catalog says such a site runs (Instr.genericUops), else as its
# family's generic uops, with {generic} and without the specialized form's
# guards. LOAD_ATTR_INSTANCE_VALUE becomes LOAD_ATTR_TRY_CACHED, which keeps
# the cache's version and index; the unmarked snapshot of the same code
# imports the specialization.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/4-get_x.json | uop-opt | FileCheck %s --check-prefix=SPEC
# RUN: %python %S/Inputs/mark_generic.py %t/4-get_x.json LOAD_ATTR_INSTANCE_VALUE > %t/generic.json
# RUN: uop-translate --import-bytecode %t/generic.json | uop-opt | FileCheck %s --check-prefix=GEN
# RUN: %python %S/Inputs/mark_generic.py %t/5-set_x.json STORE_ATTR_INSTANCE_VALUE > %t/generic-store.json
# RUN: uop-translate --import-bytecode %t/5-set_x.json | uop-opt | FileCheck %s --check-prefix=SPECSTORE
# RUN: uop-translate --import-bytecode %t/generic-store.json | uop-opt | FileCheck %s --check-prefix=GENSTORE
# RUN: %python %S/Inputs/mark_generic.py %t/7-call_norm.json LOAD_METHOD_WITH_VALUES > %t/generic-method.json
# RUN: uop-translate --import-bytecode %t/generic-method.json | uop-opt | FileCheck %s --check-prefix=GENMETHOD
# A specialized form with no genericUops (LOAD_GLOBAL_MODULE) imports as
# its family's uop:
# RUN: %python %S/Inputs/mark_generic.py %t/6-get_g.json LOAD_GLOBAL_MODULE > %t/generic-global.json
# RUN: uop-translate --import-bytecode %t/6-get_g.json | uop-opt | FileCheck %s --check-prefix=SPECGLOBAL
# RUN: uop-translate --import-bytecode %t/generic-global.json | uop-opt | FileCheck %s --check-prefix=GENGLOBAL


class Point:
    def __init__(self):
        self.x = 1

    def norm(self):
        return self.x


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


G = 1


def get_g():
    return G


def call_norm(o):
    return o.norm()


p = Point()
for i in range(100):
    get_x(p)
    set_x(p, i)
    get_g()
    call_norm(p)

# SPEC-LABEL: uop.func @get_x(%o)
# SPEC:         uop.guard_type_version %o <version = [[V:[0-9]+]]>
# SPEC:         uop.load_attr_instance_value %o <index = 0>

# GEN-LABEL: uop.func @get_x(%o)
# GEN-NOT:      uop.guard_type_version
# GEN:          uop.load_attr_try_cached %o <oparg = 0, version = [[V:[0-9]+]], index = 0> frame %{{fs[0-9]+}} {generic}
# GEN-NOT:      uop.guard_type_version

# SPECSTORE-LABEL: uop.func @set_x(%o, %v)
# SPECSTORE:         uop.store_attr_instance_value

# GENSTORE-LABEL: uop.func @set_x(%o, %v)
# GENSTORE-NOT:      uop.guard_type_version
# GENSTORE:          uop.store_attr_try_cached %v, %o <oparg = 0, version = {{[0-9]+}}, index = 0> frame %{{fs[0-9]+}} {generic}

# SPECGLOBAL-LABEL: uop.func @get_g()
# SPECGLOBAL:         uop.load_global_module

# GENGLOBAL-LABEL: uop.func @get_g()
# GENGLOBAL-NOT:      uop.guard_globals_version
# GENGLOBAL:          uop.load_global {{.*}}{generic, global = "G"}

# GENMETHOD-LABEL: uop.func @call_norm(%o)
# GENMETHOD-NOT:      uop.guard_method_type_version
# GENMETHOD:          uop.load_method_try_cached %o <oparg = 0, type_version = {{[0-9]+}}, keys_version = {{[0-9]+}}, descr = {{[0-9]+}}> frame %{{fs[0-9]+}} {generic}
