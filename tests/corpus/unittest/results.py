# unittest's reports, byte for byte: dots and verbose lines, failure messages with their
# diffs, tracebacks without the framework's frames, subtests, skips, fixtures, summaries.
import unittest, io, re, sys

class Basic(unittest.TestCase):
    def setUp(self):
        self.x = [1, 2, 3]
    def test_ok(self):
        "Checks the list."
        self.assertEqual(self.x, [1, 2, 3])
    def test_fail_eq(self):
        self.assertEqual(1, 2)
    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_list_len(self):
        self.assertEqual([1, 2, 3], [1, 5])
    def test_fail_tuple(self):
        self.assertEqual((1, "a"), (1, "b", 3))
    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
    def test_fail_str(self):
        self.assertEqual("hello\nworld\n", "hello\nWorld\n")
    def test_fail_str_long(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_fail_set(self):
        self.assertEqual({1, 2}, {2, 3})
    def test_error(self):
        raise ValueError("boom")
    def test_msg(self):
        self.assertTrue(0, "custom message")
    def test_in(self):
        self.assertIn(4, [1, 2, 3])
    def test_is_none(self):
        self.assertIsNone(5)
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)
    def test_raises_ok(self):
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        self.assertEqual(str(cm.exception), "'k'")
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_raises_missing(self):
        with self.assertRaises(KeyError):
            pass
    def test_raises_callable_missing(self):
        self.assertRaises(ValueError, int, "5")
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "^abc"):
            raise ValueError("xyz")
    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, "a"], [1, 2, 2, "b"])
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_isinstance(self):
        self.assertIsInstance("s", int)
    def test_regex(self):
        self.assertRegex("hello", r"\d+")
    def test_not_regex(self):
        self.assertNotRegex("abc123", r"\d+")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.skipIf(True, "cond")
    def test_skipped_if(self):
        pass
    def test_skip_inside(self):
        self.skipTest("inside")
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_subtests_msg(self):
        with self.subTest("named", a=1):
            raise RuntimeError("in subtest")
    def test_nested_call(self):
        def helper(v):
            self.assertEqual(v, 3, "helper failed")
        helper(4)
    def test_chained(self):
        try:
            {}["x"]
        except KeyError:
            raise TypeError("wrapped")
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(99)) + [7])

class Fixtures(unittest.TestCase):
    log = []
    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")
    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")
        print("log:", cls.log)
    def setUp(self):
        self.addCleanup(self.log.append, "cleanup")
    def test_a(self):
        self.log.append("a")
    def test_b(self):
        self.log.append("b")

class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no db")
    def test_never(self):
        print("never runs")

def mask(text):
    """The report without what changes between runs and machines: the time, the directory."""
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X", text)
    return re.sub(r'File "[^"]*/', 'File "', text)

for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(mask(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped))
print(unittest.TestLoader().getTestCaseNames(Fixtures))
t = Basic("test_ok")
print(t, repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(unittest.TestSuite([t]))
try:
    Basic("nope")
except ValueError as e:
    print(e)
