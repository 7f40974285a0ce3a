# A module with a module-level __getattr__ (PEP 562), for import_getattr.py.
present = 1


def __getattr__(name):
    if name == "computed":
        return "made on demand"
    if name == "broken":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
