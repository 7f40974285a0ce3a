x = "global"
def read():
    return x
def local_shadow():
    x = "local"
    return x
print(read(), local_shadow(), x)

def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    try:
        z = z + 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()

def comp_scope():
    n = 10
    return [n + i for i in range(3)]
print(comp_scope())

class A:
    v = 1
    w = [v * 2]
    def m(self):
        return v_global
v_global = "from module"
print(A.w, A().m())

def builtin_shadow():
    len = lambda x: "shadowed"
    return len([1])
print(builtin_shadow(), len([1]))
