class Outer:
    Alias = int
    class Node:
        pass
    def get[T](self, x: T, n: Node, k: Alias = 3) -> Alias:
        return k
    class Inner[T](Node):
        pass
print(Outer.get.__annotations__, Outer().get(1, None), Outer.Inner.__bases__, Outer.Inner.__qualname__, Outer.get.__qualname__)
glob = "global"
class C:
    glob = "class"
    def m[T](self) -> glob: pass
    def body[T](self): return glob
print(C.m.__annotations__, C().body())
def f():
    local = "from f"
    class D:
        def m[T](self) -> local: pass
    return D
print(f().m.__annotations__)
