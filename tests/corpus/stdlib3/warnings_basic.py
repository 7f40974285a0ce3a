# warnings: what warn() writes to stderr, the filters and registries, catch_warnings.
import sys
import warnings



class ScriptRelative:
    """stderr for this test: to stdout, so the corpus compares it, with the script's
    directory-dependent path written as FILE."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        sys.stdout.flush()


sys.stderr = ScriptRelative()


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def library_call():
    warnings.warn("reported at the library line")


warnings.warn("a plain UserWarning")
for i in range(3):
    warnings.warn("shown once per line (default action)")
old_api()  # DeprecationWarning from __main__: shown
library_call()
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn(FutureWarning("a warning instance"))
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default
print(warnings.filters[:5] == [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn(f"recorded {i}", UserWarning)
    warnings.warn("pending now recorded", PendingDeprecationWarning)
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[0].lineno)
print(caught[0].filename == __file__, type(caught[0].message).__name__)
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an exception")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("runtime error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
    warnings.warn("user warning still printed")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("error", message=".*fatal", category=UserWarning)
    warnings.simplefilter("always", append=True)
    warnings.warn("noisy message")
    warnings.warn("Noisy, case-insensitive")
    warnings.warn("quiet message")
    try:
        warnings.warn("this is fatal")
    except UserWarning as e:
        print("error filter:", e)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
print([str(w.message) for w in log])

print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, line="  x = 1  ")))
print(warnings.WarningMessage("m", UserWarning, "f.py", 3))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))


def custom_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno > 0)


saved = warnings.showwarning
warnings.showwarning = custom_show
warnings.warn("through the hook", SyntaxWarning)
warnings.showwarning = saved
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"[{category.__name__}] {message}\n"
warnings.warn("through formatwarning", BytesWarning)
warnings.formatwarning = saved_format


@warnings.deprecated("use new_function")
def old_function(x):
    return x * 2


print(old_function(21), old_function.__name__, old_function.__deprecated__)

for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", int),
            lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.simplefilter("error", lineno=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset: the default action", DeprecationWarning)


def deep():
    warnings.warn("past the top of the stack", stacklevel=10)


deep()
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit module", UserWarning, "other.py", 7, module="other", registry={})
