def f():
    raise ValueError("inner")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [KeyError("k")])])
    except* ValueError:
        raise RuntimeError("handler")
except* TypeError:
    pass
