import uopjit


def square(x):
    return x * x


for i in range(5):
    square(i)
dialect = uopjit.info(square)["dialect"]
print(uopjit.info(square)["status"], dialect.split("(")[0] if dialect else None)
