set pagination off
set breakpoint pending on
python
class CallerIsGen(gdb.Function):
    """$caller_is_gen(): the frame above is the machine code of gen()."""
    def __init__(self):
        super().__init__("caller_is_gen")
    def invoke(self):
        caller = gdb.selected_frame().older()
        return caller is not None and (caller.name() or "").startswith("py::gen")
CallerIsGen()
end
break uopjit_binary_op if $caller_is_gen()
run
bt 3
kill
