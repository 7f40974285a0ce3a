# SyntaxWarnings of exec() code go through the warnings filters once `warnings` is imported.
import warnings
x = 1
exec("x is 1")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    exec("y = x is 2")
print(len(w), w[0].category.__name__, str(w[0].message), w[0].filename, w[0].lineno)
warnings.simplefilter("ignore")
exec("x is 3")
warnings.simplefilter("error")
try:
    exec("x is 4")
except SyntaxError as e:
    print("SyntaxError", e)
except SyntaxWarning as e:
    print("SyntaxWarning", e)
