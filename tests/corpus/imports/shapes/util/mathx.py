print("loading shapes.util.mathx")
PI = 3.14159
def sq(x):
    return x * x
def cube(x):
    return x * x * x
_hidden = "private"
