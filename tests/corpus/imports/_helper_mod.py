print("helper_mod imported, __name__ =", __name__)
GREETING = "hello from helper"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def _private():
    return "private"
