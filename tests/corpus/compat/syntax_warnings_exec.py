# exec() and compile() issue the SyntaxWarnings before a SyntaxError too, through the warnings
# filters once warnings is imported. Non-zero exit: the corpus compares the whole stderr.
import sys
for src in ["x = '\\d' +", "y = 1if 1 else 2\nz = (", "return 1if 1 else 2", "a = '\\q'\nb = 0x1for c in [1]"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile("a = '\\d'\nb = 1 +", "virt", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
print([(str(x.message), x.lineno) for x in w])
warnings.simplefilter("error")
try:
    compile("a = 1if 1 else 2", "virt", "exec")
except SyntaxError as e:
    print("SyntaxError", e)
sys.exit(3)
