try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("type errors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [KeyError(1)])
print(eg.message, len(eg.exceptions), type(eg).__name__)
