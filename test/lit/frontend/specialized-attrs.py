# Attribute access that ran 50+ times on one class is specialized: the
# inline cache holds the type's version tag, which becomes the <version = N>
# immediate of uop.guard_type_version, and the specialized uop reads or
# writes the instance's value array at a fixed index. Method calls on an
# instance (LOAD_METHOD_WITH_VALUES) and __slots__ members (LOAD_ATTR_SLOT /
# STORE_ATTR_SLOT: a type version guard, then a fixed offset) have guards of
# their own.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/2-Point.__init__.json | uop-opt | FileCheck %s --check-prefix=INIT
# RUN: uop-translate --import-bytecode %t/3-Point.norm1.json | uop-opt | FileCheck %s --check-prefix=LOAD
# RUN: uop-translate --import-bytecode %t/4-use.json | uop-opt | FileCheck %s --check-prefix=METHOD
# RUN: uop-translate --import-bytecode %t/6-Slotted.__init__.json | uop-opt | FileCheck %s --check-prefix=SLOTSET
# RUN: uop-translate --import-bytecode %t/7-get_slot.json | uop-opt | FileCheck %s --check-prefix=SLOTGET

# self.x = x; self.y = y: STORE_ATTR_INSTANCE_VALUE, indexes 0 and 1.
# INIT-LABEL: uop.func @Point.__init__(%self, %x, %y)
# INIT:         %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%self, %x, %y) stack(%x, %self)
# INIT-NEXT:    uop.guard_type_version %self <version = [[V:[0-9]+]]> frame %[[FS]]
# INIT-NEXT:    uop.guard_has_values %self frame %[[FS]]
# INIT-NEXT:    uop.store_attr_instance_value %x, %self <index = 0> frame %[[FS]]
# INIT:         uop.guard_type_version %self <version = [[V]]> frame
# INIT:         uop.store_attr_instance_value %y, %self <index = 1> frame

# LOAD-LABEL: uop.func @Point.norm1(%self)
# LOAD:         uop.guard_type_version %self <version = [[V:[0-9]+]]> frame
# LOAD-NEXT:    uop.guard_has_values %self frame
# LOAD-NEXT:    %[[X:res[_0-9]*]] = uop.load_attr_instance_value %self <index = 0> frame
# LOAD:         uop.guard_type_version %self <version = [[V]]> frame
# LOAD-NEXT:    uop.guard_has_values %self frame
# LOAD-NEXT:    %[[Y:res[_0-9]*]] = uop.load_attr_instance_value %self <index = 1> frame
# LOAD:         uop.binary_op_add_int %{{res[_0-9]*}}, %{{res[_0-9]*}} frame

# METHOD-LABEL: uop.func @use(%p, %i)
# p.norm1(): the method is looked up on the type; the instance is self.
# METHOD:         uop.guard_method_type_version %p <type_version = {{[0-9]+}}> frame
# METHOD-NEXT:    uop.guard_no_managed_dict %p frame
# METHOD-NEXT:    uop.guard_cached_keys_version %p <keys_version = {{[0-9]+}}> frame
# METHOD-NEXT:    %[[M:meth[_0-9]*]] = uop.load_method_cached %p <descr = {{[0-9]+}}>{{$}}
# METHOD-NEXT:    uop.frame_state at {{[0-9]+}} locals(%p, %{{[a-z_0-9]+}}) stack(%{{[a-z_0-9]+}}, %[[M]], %p)
# METHOD:         uop.call_py_exact_args %[[M]], %p <oparg = 0> frame

# SLOTSET-LABEL: uop.func @Slotted.__init__(%self, %v)
# SLOTSET:         uop.guard_type_version %self <version = {{[0-9]+}}> frame
# SLOTSET-NEXT:    uop.store_attr_slot %v, %self <index = {{[0-9]+}}> frame
# SLOTGET-LABEL: uop.func @get_slot(%s)
# SLOTGET:         uop.guard_type_version %s <version = {{[0-9]+}}> frame
# SLOTGET-NEXT:    %[[R:res[_0-9]*]] = uop.load_attr_slot %s <index = {{[0-9]+}}> frame
# SLOTGET-NOT:     uop.guard_has_values
# SLOTGET:         uop.return_value %[[R]]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def use(p, i):
    return i + p.norm1()


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def get_slot(s):
    return s.v


for i in range(100):
    use(Point(i, -i), i)
    get_slot(Slotted(i))
