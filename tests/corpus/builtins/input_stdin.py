name = input("name? ")
print("hello", name)
n = int(input())
print(n * 2)
rest = input("more: ")
print(repr(rest))
try:
    input("last> ")
except EOFError as e:
    print(type(e).__name__, e)
