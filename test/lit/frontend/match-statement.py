# `match`: the subject is copied for each case that may fail; MATCH_SEQUENCE
# / MATCH_MAPPING / MATCH_CLASS test it without popping it, and a failed
# case joins the next one with the subject still on the stack. A capture
# pattern is a STORE_FAST of a value unpacked from the subject.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-classify.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @classify(%p, %y, %v, %n)
# The captures are not arguments: they start NULL.
# CHECK:         %null = uop.null
# CHECK-NEXT:    uop.frame_state at 0 locals(%p, %null, %null, %null) stack()
# case (0, y): COPY 1 then MATCH_SEQUENCE on the copy.
# CHECK:         %[[SEQ:res[_0-9]*]] = uop.match_sequence %p
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%p, %null, %null, %null) stack(%p, %p, %[[SEQ]])
# CHECK-NEXT:    %[[T:taken[_0-9]*]] = uop.pop_jump_forward_if_false %[[SEQ]]
# CHECK-NEXT:    cf.cond_br %[[T]], ^[[CASE2:bb[0-9]+]](%p : !uop.object), ^bb1
# CHECK:         uop.get_len %p
# CHECK:         %[[SECOND:values[_0-9]*]], %[[FIRST:values[_0-9]*]] = uop.unpack_sequence_two_tuple %p <oparg = 2>
# CHECK:         uop.compare_op_int %[[FIRST]],
# The capture y is the tuple's second item (stored over NULL; whether that
# store stays a uop.store_fast is not checked here). The subject is then
# dropped by an escaping uop.pop_top.
# CHECK:         %[[FSY:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%p, %[[SECOND]], %null, %null) stack(%p)
# CHECK-NEXT:    uop.pop_top %p frame %[[FSY]]
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%p, %[[SECOND]], %null, %null) stack(%[[SECOND]])
# CHECK-NEXT:    uop.return_value %[[SECOND]]
# case {"k": v}: the failed sequence case arrives with two stack slots; the
# top one is released by an escaping uop.pop_top.
# CHECK:       ^[[CASE2]](%[[TOP:[0-9]+]]: !uop.object):
# CHECK-NEXT:    %[[FST:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%p, %null, %null, %null) stack(%p, %[[TOP]])
# CHECK-NEXT:    uop.pop_top %[[TOP]] frame %[[FST]]
# CHECK-NEXT:    %[[MAP:res[_0-9]*]] = uop.match_mapping %p
# CHECK:         %[[VALS:values_or_none[_0-9]*]] = uop.match_keys %p, %{{value[_0-9]*}} frame
# CHECK:         uop.pop_jump_forward_if_none %[[VALS]]
# CHECK:         %[[V:values[_0-9]*]] = uop.unpack_sequence_tuple %[[VALS]] <oparg = 1>
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%p, %null, %[[V]], %null) stack(%[[V]])
# CHECK-NEXT:    uop.return_value %[[V]]
# case int(n) if n > 10: the last case that can fail pops the subject.
# CHECK:         %[[INT:res[_0-9]*]] = uop.load_global_builtin
# CHECK:         %[[ATTRS:attrs[_0-9]*]] = uop.match_class %p, %[[INT]], %{{value[_0-9]*}} <oparg = 1> frame
# CHECK:         %[[N:values[_0-9]*]] = uop.unpack_sequence_tuple %[[ATTRS]] <oparg = 1>
# CHECK:         uop.compare_op_int %[[N]],
# The guard failing falls to `case _` with n bound; no match pops the
# failed match's None and leaves n unbound (NULL).
# CHECK:         cf.cond_br %{{taken[_0-9]*}}, ^[[DEFAULT:bb[0-9]+]](%[[N]] : !uop.object), ^{{bb[0-9]+}}
# CHECK:         uop.return_value %[[N]]
# CHECK:         uop.pop_top %[[ATTRS]] frame
# CHECK-NEXT:    cf.br ^[[DEFAULT]](%null : !uop.object)
# CHECK:       ^[[DEFAULT]](%[[NN:[0-9]+]]: !uop.object):
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%p, %null, %null, %[[NN]]) stack(%{{value[_0-9]*}})
# CHECK-NEXT:    uop.return_value

def classify(p):
    match p:
        case (0, y):
            return y
        case {"k": v}:
            return v
        case int(n) if n > 10:
            return n
        case _:
            return None


for i in range(60):
    classify((0, i))
    classify({"k": i})
    classify(i)
    classify("s")
