# Never imported by `import time`: time is a built-in module (see uses_local_modules.py).
LOCAL = True
