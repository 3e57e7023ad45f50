# A class body is a code object of its own (no arguments, no fast locals:
# it works on the class namespace through LOAD_NAME / STORE_NAME). A class
# using super() or __class__ also has a `__class__` cell, returned as
# __classcell__. The module builds the class with LOAD_BUILD_CLASS.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-Base.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/3-Derived.json | uop-opt | FileCheck %s --check-prefix=CELL
# RUN: uop-translate --import-bytecode %t/0-_module_.json | uop-opt | FileCheck %s --check-prefix=MODULE

# CHECK-LABEL: uop.func @Base()
# CHECK-SAME:    argcount = 0, nlocals = 0, ncells = 0, nfrees = 0
# __module__ = __name__
# CHECK:         %[[NAME:v[_0-9]*]] = uop.load_name <oparg = 0> frame
# CHECK:         uop.store_name %[[NAME]] <oparg = 1> frame
# __qualname__ = "Base"
# CHECK:         uop.store_name %{{value[_0-9]*}} <oparg = 2> frame
# kind = "base"; the method.
# CHECK:         uop.store_name %{{value[_0-9]*}} <oparg = 3> frame
# CHECK:         %[[M:func[_0-9]*]] = uop.make_function %{{value[_0-9]*}} <oparg = 0> frame
# CHECK:         uop.store_name %[[M]] <oparg = 4> frame
# CHECK:         uop.return_value %{{value[_0-9]*}}

# CELL-LABEL: uop.func @Derived(%__class__)
# CELL-SAME:    ncells = 1
# CELL-SAME:    names = ["__class__"]
# The cell slot is not an argument: NULL until MAKE_CELL makes the cell.
# CELL-NEXT:    %null = uop.null
# CELL-NEXT:    %[[FS0:fs[0-9]+]] = uop.frame_state at 0 locals(%null) stack()
# CELL-NEXT:    %[[CELL:cell[_0-9]*]] = uop.make_cell <oparg = 0> frame %[[FS0]]
# CELL-NEXT:    uop.frame_state at 2 locals(%[[CELL]]) stack()
# The method's closure is the __class__ cell.
# CELL:         %[[C:value[_0-9]*]] = uop.load_closure <oparg = 0> frame
# CELL:         %[[T:tup[_0-9]*]] = uop.build_tuple %[[C]] <oparg = 1>
# CELL:         uop.make_function %[[T]], %{{value[_0-9]*}} <oparg = 8> frame
# __classcell__ = the cell, returned to __build_class__.
# CELL:         %[[C2:value[_0-9]*]] = uop.load_closure <oparg = 0> frame
# CELL:         uop.store_name %[[C2]] <oparg = {{[0-9]+}}> frame
# CELL:         uop.return_value %[[C2]]

# MODULE-LABEL: uop.func @"<module>"()
# MODULE:         %[[NULL:null[_0-9]*]] = uop.null
# MODULE:         %[[BC:bc[_0-9]*]] = uop.load_build_class frame
# MODULE:         %[[BODY:func[_0-9]*]] = uop.make_function %{{value[_0-9]*}} <oparg = 0> frame
# MODULE:         uop.precall %[[NULL]], %[[BC]], %[[BODY]], %{{value[_0-9]*}} <oparg = 2>


class Base:
    kind = "base"

    def describe(self):
        return self.kind


class Derived(Base):
    def describe(self):
        return "derived " + super().describe()


for i in range(60):
    Derived().describe()
