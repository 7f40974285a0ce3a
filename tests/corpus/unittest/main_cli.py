# unittest.main(): its command line (-v, -q, -k, -f, -b, test names, bad options), what it
# prints, and its exit status (here 1: the last run has failures).
import io
import re
import sys
import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class A(unittest.TestCase):
    def test_one(self):
        """First line of doc.

        More."""
        self.assertEqual(sum([1, 2]), 3)

    def test_two(self):
        self.assertNotEqual(1, 1)

    def test_warn(self):
        import warnings
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old")

    def test_warn_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_logs(self):
        import logging
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", "there")
            logging.getLogger("app.sub").warning("careful")
        self.assertEqual(cm.output, ["INFO:app:hello there", "WARNING:app.sub:careful"])
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs("quiet"):
                pass
        self.assertEqual(str(cm.exception), "no logs of level INFO or higher triggered on quiet")
        with self.assertRaises(AssertionError) as cm:
            with self.assertNoLogs("loud"):
                logging.getLogger("loud").error("bang")
        self.assertEqual(str(cm.exception), "Unexpected logs found: ['ERROR:loud:bang']")

    def test_cleanup_fail(self):
        self.addCleanup(lambda: 1 / 0)
        print("output of a test")

    def test_enter_context(self):
        import contextlib
        out = []

        @contextlib.contextmanager
        def cm():
            out.append("in")
            yield 5
            out.append("out")
        self.assertEqual(self.enterContext(cm()), 5)
        self.addCleanup(lambda: self.assertEqual(out, ["in", "out"]))


class B(unittest.TestCase):
    def runTest(self):
        pass


class C(unittest.TestCase):
    def test_seq(self):
        self.assertSequenceEqual([1, 2], (1, 2))

    def test_tuple_vs_list(self):
        self.assertListEqual([1], (1,))

    def test_multiline(self):
        self.assertMultiLineEqual("a\nb", "a\nc")

    def test_dict_long(self):
        self.maxDiff = None
        self.assertDictEqual({i: str(i) for i in range(30)}, {i: str(i) for i in range(1, 31)})

    def test_dict_trunc(self):
        self.assertDictEqual({i: str(i) * 5 for i in range(60)}, {i: str(i) for i in range(1, 61)})

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_is(self):
        self.assertIs([], [])

    def test_long_msg_false(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only mine")

    def test_fail_plain(self):
        self.fail("explicit")

    def test_count_unhashable(self):
        self.assertCountEqual([[1], [2], [2]], [[1], [1], [3]])


def run(*args):
    out = io.StringIO()
    stdout = sys.stdout
    try:
        program = unittest.main(argv=["main_cli.py", *args], exit=False,
                                testRunner=unittest.TextTestRunner(stream=out, verbosity=2 if "-v" in args else 1))
        result = program.result
        print(args, result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    except SystemExit as e:
        print(args, "exit", e.code)
    finally:
        sys.stdout = stdout
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X", out.getvalue())
    print(re.sub(r'File "[^"]*/', 'File "', text))


for args in [(), ("-q",), ("C.test_is",), ("-k", "seq"), ("-k", "*one"), ("-f",), ("A.test_one", "B"),
             ("-k", "zzz"), ("C.nope",), ("-b",), ("--bogus",), ("-k",)]:
    run(*args)



class TimeMaskedStderr:
    """Standard error with the run's time masked (it changes from run to run)."""

    def write(self, text):
        return sys.stderr.write(re.sub(r"in [0-9.]+s$", "in X", text))

    def flush(self):
        sys.stderr.flush()


unittest.main(argv=["main_cli.py", "C.test_is", "A.test_one"],
              testRunner=unittest.TextTestRunner(stream=TimeMaskedStderr()))
