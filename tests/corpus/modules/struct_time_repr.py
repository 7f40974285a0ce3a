import time

g = time.gmtime(0)
print(g)
print(g)
print(time.gmtime(-1), time.gmtime(951782400))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
