# An AttributeError raised by a descriptor's __get__ falls back to the class's
# __getattr__, also for descriptors set on the class after its creation
# through a metaclass's __setattr__ (hypothesis's settings rely on it).
class Field:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Meta(type):
    def __setattr__(cls, name, value):
        return super().__setattr__(name, value)


class Settings(metaclass=Meta):
    def __getattr__(self, name):
        return "default " + name


setattr(Settings, "level", Field("level"))
s = Settings()
print(s.level)
print(getattr(s, "level"))
s.level = 3
print(s.level)


class Plain:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(Plain().broken)


class NoFallback:
    @property
    def broken(self):
        raise AttributeError("inner")


try:
    NoFallback().broken
except AttributeError as e:
    print("AttributeError:", e)
