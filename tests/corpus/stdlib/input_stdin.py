name = input()
print("hello,", name)
n = int(input("number? "))
print("double:", n * 2)
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(lines)
