# Iterative numeric kernels in hot functions: sieve of Eratosthenes, gcd/extended gcd, integer
# matrix multiply and power, prefix sums, Newton square roots, and a bitset sieve with big ints.


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i, p in enumerate(is_p) if p]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    C = [[0] * p for _ in range(n)]
    for i in range(n):
        Ai = A[i]
        Ci = C[i]
        for k in range(m):
            a = Ai[k]
            Bk = B[k]
            for j in range(p):
                Ci[j] += a * Bk[j]
    return C


def matpow(M, e):
    n = len(M)
    R = [[int(i == j) for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            R = matmul(R, M)
        M = matmul(M, M)
        e >>= 1
    return R


def prefix(xs):
    out, s = [], 0
    for x in xs:
        s += x
        out.append(s)
    return out


def newton_sqrt(x, iters):
    g = x / 2 if x > 1 else 1.0
    for _ in range(iters):
        g = (g + x / g) / 2
    return g


def bitset_sieve(n):
    bits = (1 << (n + 1)) - 4
    p = 2
    while p * p <= n:
        if bits >> p & 1:
            for m in range(p * p, n + 1, p):
                bits &= ~(1 << m)
        p += 1
    return bin(bits).count("1")


for i in range(60):
    sieve(50 + i)
    gcd(i * 12, 18)
    egcd(240, 46 + i)
    matmul([[1, 2], [3, 4]], [[i, 1], [0, 1]])
    prefix(range(i))
    newton_sqrt(i + 2, 6)
ps = sieve(1000)
print(len(ps), ps[:10], ps[-3:], sum(ps))
print(gcd(2 ** 40 * 3, 6 ** 20), gcd(-12, 18), gcd(0, 0), egcd(240, 46), egcd(17, 3120), egcd(2 ** 61 - 1, 2 ** 31 - 1))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1], matpow([[2, 0], [0, 3]], 10), matmul([[1.5, 2], [0, 1]], [[2], [4]]))
M = [[(i * 7 + j * 3) % 11 - 5 for j in range(12)] for i in range(12)]
P = matpow(M, 5)
print(P[0][:4], sum(map(sum, P)))
print(prefix([3, -1, 4, -1, 5])[-1], prefix([0.5] * 4), prefix([True, True, 2 ** 64]))
print([round(newton_sqrt(x, 20), 10) for x in (2, 10, 1e6, 0.25)], newton_sqrt(2 ** 0.5, 5) ** 2 - 2 ** 0.5 < 1e-12)
print(bitset_sieve(200), len(sieve(200)))
