set pagination off
set breakpoint pending on
break uopjit_suspend
run
bt 3
kill
