class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex")
e = Dog("Fido", 5)
print(d.bark(), e.bark())
print(d.birthday().birthday().age, e.age)
print(Dog.count, d.species, Dog.species)
d.species = "individual"
print(d.species, e.species, Dog.species)
print(type(d).__name__, Dog.__name__, isinstance(d, Dog))
print(sorted(vars(e).items()))
print(hasattr(d, "bark"), getattr(d, "missing", "default"))
setattr(d, "color", "brown")
print(d.color)
bound = e.bark
print(bound())
print(Dog.bark(d))
try:
    d.nothing
except AttributeError as ex:
    print("AttributeError:", ex)
