from abc import ABC, abstractmethod
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, name))
    @abstractmethod
    def run(self): ...
class A(Plugin, name="a"):
    def run(self): return 1
class B(A): pass
print(Plugin.registry, B().run())
