import math, sys
import time as t
from math import sqrt, pi as PI
print(sqrt(16), round(PI, 4), math.floor(2.7))
print(type(t.time()).__name__, sys.version_info[0])
