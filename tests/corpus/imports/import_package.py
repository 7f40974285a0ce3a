import shapes
from shapes import Circle, Square, area_sum
from shapes.util import mathx
from shapes.util.mathx import cube
import shapes.util.mathx as mx
print(shapes.VERSION, shapes.__doc__)
c, s = Circle(1), Square(2)
print(c, s, c.name, s.name)
print(round(area_sum(c, s), 5))
print(mathx.sq(3), cube(2), mx is mathx, shapes.util.mathx is mathx)
print(isinstance(c, shapes.base.Shape))
import shapes
print("second import does not re-run")
