try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("ValueError:", e)
