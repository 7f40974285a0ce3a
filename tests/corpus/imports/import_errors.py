try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _plainmod import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import shapes.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
