class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin): pass
class Beta(Plugin, name="bee"): pass
class Gamma(Beta): pass
print(Plugin.registry, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print(e)

class Tracker:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)
class T1(Tracker): pass
class T2(T1): pass
print(Tracker.subclasses)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
