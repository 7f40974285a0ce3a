# Never imported by `import itertools`: a built-in module (see uses_local_modules.py).
LOCAL = True
