# addClassCleanup, addModuleCleanup, enterContext, enterClassContext and
# the order they run in (LIFO, after tearDownClass/tearDownModule); a
# failing class cleanup reported as an error on the class.
import contextlib
import sys
import types
import unittest

import _support

log = []


@contextlib.contextmanager
def ctx(name):
    log.append(f"enter {name}")
    yield name
    log.append(f"exit {name}")


module = types.ModuleType("cleanup_mod")
module.log = log
module.ctx = ctx
exec('''
import unittest

def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup 1")
    unittest.addModuleCleanup(log.append, "module cleanup 2")
    log.append("module ctx " + unittest.enterModuleContext(ctx("mod")))

def tearDownModule():
    log.append("tearDownModule")

class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")
        log.append("class ctx " + cls.enterClassContext(ctx("cls")))

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def test_a(self):
        log.append("test ctx " + self.enterContext(ctx("test")))
        self.addCleanup(log.append, "test cleanup")

class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def bad():
            raise ValueError("class cleanup failed")
        cls.addClassCleanup(bad)

    def test_b(self):
        log.append("test_b")
''', module.__dict__)
sys.modules["cleanup_mod"] = module
suite = unittest.defaultTestLoader.loadTestsFromModule(module)
result = _support.run(suite, verbosity=2)
for entry in log:
    print(entry)
print([str(t) for t, _ in result.errors])
