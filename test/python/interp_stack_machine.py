# A tiny stack-machine interpreter written in Python (dispatch loop on opcode strings), running
# programs with loops, calls, and errors (stack underflow, bad opcode, division by zero).


class VMError(Exception):
    pass


def run(program, args=(), limit=100000):
    stack = list(args)
    calls = []
    pc = 0
    steps = 0
    vars_ = {}
    out = []
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit")
        op, *arg = program[pc]
        pc += 1
        if op == "push":
            stack.append(arg[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            if len(stack) < 2:
                raise VMError("stack underflow at %d (%s)" % (pc - 1, op))
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "div":
                stack.append(a // b)
            elif op == "mod":
                stack.append(a % b)
            elif op == "lt":
                stack.append(int(a < b))
            else:
                stack.append(int(a == b))
        elif op == "load":
            stack.append(vars_[arg[0]])
        elif op == "store":
            vars_[arg[0]] = stack.pop()
        elif op == "jmp":
            pc = arg[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg[0]
        elif op == "call":
            calls.append(pc)
            pc = arg[0]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack[-1])
        elif op == "halt":
            break
        else:
            raise VMError("bad opcode %r" % op)
    return stack, out, steps


# factorial of the argument via a loop
FACT = [
    ("store", "n"), ("push", 1), ("store", "acc"),          # 0-2
    ("load", "n"), ("jz", 14),                              # 3-4: while n != 0
    ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),  # 5-8
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"),   # 9-12
    ("jmp", 3),                                             # 13
    ("load", "acc"), ("halt",),                             # 14-15
]

# sum of squares 1..n using a subroutine at 20
SUMSQ = [
    ("store", "n"), ("push", 0), ("store", "s"),            # 0-2
    ("load", "n"), ("jz", 16),                              # 3-4
    ("load", "n"), ("call", 20), ("load", "s"), ("add",), ("store", "s"),  # 5-9
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"),   # 10-13
    ("jmp", 3), ("halt",),                                  # 14-15
    ("load", "s"), ("print",), ("halt",), ("halt",),        # 16-19
    ("dup",), ("mul",), ("ret",),                           # 20-22
]

for i in range(60):
    run(FACT, (i % 10,))
    run(SUMSQ, (i % 8,))
print([run(FACT, (n,))[0] for n in (0, 1, 5, 10)], run(FACT, (25,))[0][0], run(FACT, (20,))[2])
print([run(SUMSQ, (n,))[1] for n in (0, 1, 3, 10)], run(SUMSQ, (100,))[0], run(SUMSQ, (30,))[2])
bad_programs = [
    [("push", 1), ("add",)],
    [("push", 1), ("frobnicate",)],
    [("push", 1), ("push", 0), ("div",)],
    [("jmp", 0)],
    [("load", "ghost")],
    [("ret",)],
]
for prog in bad_programs:
    try:
        print(run(prog, limit=500))
    except (VMError, ZeroDivisionError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(run([("push", 2.5), ("push", 2), ("mul",), ("push", "ab"), ("push", 3), ("mul",), ("print",)]))
