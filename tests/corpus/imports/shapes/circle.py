from .base import Shape
from .util.mathx import PI

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r * self.r
