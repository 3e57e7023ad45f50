# Mutual recursion in a recursive-descent parser/evaluator for arithmetic expressions
# (expr -> term -> factor -> expr), plus mutually recursive even/odd and a tree printer; errors
# raised deep in the recursion are caught at the top.


class ParseError(Exception):
    pass


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c in "+-*/%()^":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError("bad char %r at %d" % (c, i))
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.power()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            r = self.power()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v

    def power(self):
        base = self.factor()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "-"):
            return -self.factor()
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("expected )")
            return v
        raise ParseError("unexpected %s %r" % (kind, val))


def evaluate(s):
    try:
        p = Parser(tokenize(s))
        v = p.expr()
        if p.peek()[0] != "eof":
            raise ParseError("trailing %r" % (p.peek(),))
        return v
    except (ParseError, ZeroDivisionError) as e:
        return "%s: %s" % (type(e).__name__, e)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def show(tree, depth=0):
    if isinstance(tree, list):
        return "(" + " ".join(show_list(tree, depth + 1)) + ")"
    return str(tree)


def show_list(items, depth):
    return [show(t, depth) + ("" if depth < 3 else "'") for t in items]


exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 10) % 4", "7 / 2 + 1.5", "((((5))))", "2 * (3 + 4) * -1",
         "1 / (2 - 2)", "3 +", "4 4", "2 $ 3", "(1 + 2", "10 % 3 ^ 2", "2 ^ 100"]
for i in range(60):
    evaluate(exprs[i % 7])
    is_even(i)
for e in exprs:
    print(repr(e), "=>", evaluate(e))
print([is_even(n) for n in range(6)], is_odd(99), is_even(150))
print(show([1, [2, [3, [4, [5]]]], 6]), show([]), show([[[]]]))
nested = "1" + " + (1" * 40 + ")" * 40
print(evaluate(nested), evaluate("(" * 60 + "2" + ")" * 60))
