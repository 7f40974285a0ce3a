public = "public"
_underscore = "skipped by star import"
def func():
    return "func from plainmod"
