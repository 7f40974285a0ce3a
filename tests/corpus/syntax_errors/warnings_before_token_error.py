# A tokenizer error: the statements before it are parsed (their escape warnings issued).
def f():
    return "\d"


class C:
    x = 0x1for x in [1]
    y = "\s"
    z = 1if 1 else 0
    s = "unterminated
