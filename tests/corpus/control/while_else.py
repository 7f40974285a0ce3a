i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")

n = 0
while True:
    n += 1
    if n > 3:
        break
print("n after break", n)

j = 10
while j > 0:
    if j == 7:
        print("breaking at 7")
        break
    j -= 1
else:
    print("not printed")

k = 0
while k < 0:
    print("never")
else:
    print("else on empty while")
