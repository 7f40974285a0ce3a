# The caret lines of an uncaught traceback: calls, subscripts and binary operators are
# marked with ~ and ^ exactly as CPython 3.13 does.
def ratio(values, key):
    total = sum(values)
    return values[key] / (total - total)


def report(data):
    result = {"r": ratio(data, 0)}
    return result


items = [3, 4]
print("start")
print(report(items)["r"])
