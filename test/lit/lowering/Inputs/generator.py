# A generator for entry-endbr.test: compiled, it is entered at its resume
# points.
def gen(n):
    for i in range(n):
        yield i


for _ in range(10):
    sum(gen(5))
