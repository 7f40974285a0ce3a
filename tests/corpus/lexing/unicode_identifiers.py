café = "coffee"
π = 3.14159
名前 = "name"
def größe(x):
    return x * 2
print(café, π, 名前, größe(21))
class Ñandú:
    def __init__(self):
        self.ñ = "ñ"
print(Ñandú().ñ)
_private = 1
__dunder = 2
x1_y2 = 3
print(_private, __dunder, x1_y2)
