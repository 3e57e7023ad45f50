# Each op's location. By default (the tools) it names the instruction and
# its offset around the Python source position; with
# --source-locations=lines (what the runtime imports: its lowering reads
# only the line) it is file:line, one location per line.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-area.json --mlir-print-debuginfo \
# RUN:   | FileCheck %s --check-prefix=FULL
# RUN: uop-translate --import-bytecode %t/1-area.json --mlir-print-debuginfo \
# RUN:   --source-locations=lines | FileCheck %s --check-prefix=LINES


def area(w, h):
    return w * h + \
        1


for i in range(3):
    area(i, 2)

# FULL-LABEL: uop.func @area
# FULL:         uop.binary_op %w, %h {{.*}} loc(#[[MUL:loc[0-9]+]])
# FULL:         uop.load_const <oparg = 1> loc(#[[ONE:loc[0-9]+]])
# FULL:         uop.binary_op %res, %value {{.*}} loc(#[[ADD:loc[0-9]+]])
# FULL-DAG:   #[[L13:loc[0-9]+]] = loc("{{.*}}source-locations.py":13:12)
# FULL-DAG:   #[[L14:loc[0-9]+]] = loc("{{.*}}source-locations.py":14:9)
# FULL-DAG:   #[[MUL]] = loc("BINARY_OP@6"(#[[L13]]))
# FULL-DAG:   #[[ONE]] = loc("LOAD_CONST@10"(#[[L14]]))
# FULL-DAG:   #[[ADD]] = loc("BINARY_OP@12"(#[[L13]]))

# LINES-LABEL: uop.func @area
# LINES:         uop.binary_op %w, %h {{.*}} loc(#[[L13:loc[0-9]+]])
# LINES:         uop.load_const <oparg = 1> loc(#[[L14:loc[0-9]+]])
# The second BINARY_OP has the first one's line, so the same location.
# LINES:         uop.binary_op %res, %value {{.*}} loc(#[[L13]])
# LINES-DAG:   #[[L13]] = loc("{{.*}}source-locations.py":13:0)
# LINES-DAG:   #[[L14]] = loc("{{.*}}source-locations.py":14:0)
# LINES-NOT:   @
