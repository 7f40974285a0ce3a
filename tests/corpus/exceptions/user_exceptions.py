class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"

for exc in (NotFound("user"), Invalid("age", "negative"), AppError("generic", 42), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)

e = ValueError("a", 1)
print(str(e), repr(e), e.args)
print(str(ValueError()), repr(ValueError()), repr(ValueError("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
err = NotFound("file")
err.extra = 1
print(err.extra, isinstance(err, Exception))
