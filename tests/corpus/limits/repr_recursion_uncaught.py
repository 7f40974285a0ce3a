# A recursive __repr__ reached through an f-string, past the recursion limit: CPython's
# traceback.


class Link:
    def __init__(self, nxt):
        self.nxt = nxt

    def __repr__(self):
        return "end" if self.nxt is None else f"Link({self.nxt!r})"


def chain(n):
    link = Link(None)
    for _ in range(n):
        link = Link(link)
    return link


print(len(repr(chain(100))))
print(repr(chain(5000)))
