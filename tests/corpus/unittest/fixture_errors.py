# unittest class and module fixtures that fail: setUpClass, tearDownClass, class and module
# cleanups, tearDownModule; the errors are reported under the fixture's name, and the class
# whose set-up failed runs no test.
import io
import re
import sys
import unittest


def setUpModule():
    print("setUpModule")
    unittest.addModuleCleanup(print, "module cleanup")
    unittest.addModuleCleanup(lambda: 1 / 0)


def tearDownModule():
    print("tearDownModule")
    raise RuntimeError("module teardown failed")


class TearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown failed")

    def test_a(self):
        print("TearDownFails.test_a")


class SetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: print("class cleanup after failed setUpClass"))
        cls.addClassCleanup(lambda: [][0])
        raise OSError("no database")

    def test_never(self):
        print("never printed")


class CleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: {}["missing"])

    def test_b(self):
        print("CleanupFails.test_b")


class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no network")

    def test_c(self):
        print("never printed")


def mask(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X", text)
    return re.sub(r'File "[^"]*/', 'File "', text)


for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(mask(stream.getvalue()))
    print([str(t) for t, _ in result.errors], [(str(t), r) for t, r in result.skipped])
