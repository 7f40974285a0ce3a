# An unexpected indent stops CPython before it reads the rest: no warnings after it.
x = 1
  y = 1if x else 2
z = 0x1for w in [1]
