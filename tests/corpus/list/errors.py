def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: [1][5])
key = "a"
attempt(lambda: [1][key])
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].remove(3))
attempt(lambda: [1].index(3))
attempt(lambda: [1].index("a"))
def setbad():
    l = [1]
    l[5] = 2
attempt(setbad)
def delbad():
    l = [1]
    del l[5]
attempt(delbad)
def extbad():
    l = [1, 2, 3]
    l[::2] = [1]
attempt(extbad)
attempt(lambda: [1, 2, 3][::0])
attempt(lambda: [1] * "a")
attempt(lambda: [1] + (1,))
def iaddbad():
    l = []
    l += 5
attempt(iaddbad)
attempt(lambda: [1].append())
attempt(lambda: [3, "a"].sort())
attempt(lambda: [1].sort(1))
attempt(lambda: [1, 2, 3].index(2, 5))
attempt(lambda: [1, 2, 3].index(3, -1))
attempt(lambda: [1, 2, 3].count())
attempt(lambda: sorted([1, 2], key=None))
attempt(lambda: hash([]))
