class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"

for a in (Animal("thing"), Cat("tom"), Lion("leo", "west")):
    print(a.describe())
l = Lion("x", "y")
print(isinstance(l, Animal), isinstance(l, Cat), issubclass(Lion, Animal), issubclass(Animal, Lion))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(issubclass(Cat, (int, Animal)), isinstance(3, (str, int)))
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object))
