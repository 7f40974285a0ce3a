# Undeclared, not UTF-8: CPython refuses the file (PEP 263).
x = 1
print("café")
