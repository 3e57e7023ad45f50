# An instruction marked "generic" in the snapshot (the runtime marks a site
# whose specialization kept deoptimizing: docs/backend.md) imports as its
# generic uop with {generic}, without the specialized form's guards; the
# unmarked snapshot of the same code imports the specialization.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/3-get_x.json | uop-opt | FileCheck %s --check-prefix=SPEC
# RUN: %python -c "import json, sys; s = json.load(open(sys.argv[1])); [i.update(generic=True) for i in s['instructions'] if i['opname'] == 'LOAD_ATTR_INSTANCE_VALUE']; json.dump(s, sys.stdout)" %t/3-get_x.json > %t/generic.json
# RUN: uop-translate --import-bytecode %t/generic.json | uop-opt | FileCheck %s --check-prefix=GEN


class Point:
    def __init__(self):
        self.x = 1


def get_x(o):
    return o.x


p = Point()
for _ in range(100):
    get_x(p)

# SPEC-LABEL: uop.func @get_x(%o)
# SPEC:         uop.guard_type_version %o
# SPEC:         uop.load_attr_instance_value %o <index = 0>

# GEN-LABEL: uop.func @get_x(%o)
# GEN-NOT:      uop.guard_type_version
# GEN:          uop.load_attr %o <oparg = 0> frame %{{fs[0-9]+}} {generic}
# GEN-NOT:      uop.guard_type_version
