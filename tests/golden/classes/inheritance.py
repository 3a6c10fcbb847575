class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

for a in [Animal("a"), Dog("d"), Puppy("p")]:
    print(a.speak())
print(Puppy.__mro__)
print(Puppy.__bases__, Puppy.__base__, Animal.__base__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(isinstance(Puppy("x"), (int, Dog)))
print([c.__name__ for c in Animal.__subclasses__()])
print(Puppy.mro())
