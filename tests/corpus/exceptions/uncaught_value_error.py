def helper(x):
    return int(x)
print("before")
helper("not a number")
print("never printed")
