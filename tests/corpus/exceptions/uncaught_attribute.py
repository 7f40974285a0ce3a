class A:
    pass
print("start")
A().missing_method()
