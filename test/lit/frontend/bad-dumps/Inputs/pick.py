# The program whose snapshot 1-pick.json the bad-dumps tests break with
# edit.py. Its bytecode under CPython 3.11 (the offsets the tests name):
#    0 RESUME                      14 STORE_FAST r
#    2 LOAD_FAST a                 16 JUMP_FORWARD 2 (to 22)
#    4 POP_JUMP_FORWARD_IF_FALSE   18 LOAD_FAST b
#    6 LOAD_FAST a                 20 STORE_FAST r
#    8 LOAD_FAST b                 22 LOAD_FAST r
#   10 BINARY_OP + (1 cache)       24 RETURN_VALUE
def pick(a, b):
    if a:
        r = a + b
    else:
        r = b
    return r


for i in range(100):
    pick(i % 2, i)
