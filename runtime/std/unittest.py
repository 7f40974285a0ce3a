"""Unit testing as CPython 3.13's `unittest` does it: TestCase with its assert methods and
their failure messages, subTest, skips and expected failures, class and module fixtures,
cleanups, TestSuite, TestLoader, TextTestRunner (the same dots, verbose lines, error
reports and summary) and main() with its command line and exit status.

One module here where CPython has a package; the names CPython's submodules export are all
attributes of it, and classes report CPython's module names (`unittest.case.TestCase`).
Not provided: `unittest.mock` and test discovery in directories (`python -m unittest
discover`); `-c/--catch` is accepted and installs nothing (there are no signals here).
"""

import sys

__all__ = [
    "TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TextTestRunner",
    "TestLoader", "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip",
    "skipIf", "skipUnless", "expectedFailure", "TextTestResult", "installHandler",
    "registerResult", "removeResult", "removeHandler", "addModuleCleanup",
    "doModuleCleanups", "enterModuleContext",
]

# Frames of this file are the framework's, not the test's: reports leave them out.
_THIS_FILE = sys._getframe().f_code.co_filename


class SkipTest(Exception):
    """Raise to skip the running test (what `TestCase.skipTest` and `@skip` do)."""

    __module__ = "unittest.case"


class _ShouldStop(Exception):
    """Ends a test early after a failing subtest when the result fails fast."""


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


# How long reprs in failure messages are cut down (CPython's figures, so messages match).
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + " [truncated]..."
    return text


def _elide(text, keep_start, keep_end):
    """`text` with its middle replaced by `[N chars]` when that saves room."""
    dropped = len(text) - keep_start - keep_end
    if dropped > _PLACEHOLDER_LEN:
        return f"{text[:keep_start]}[{dropped} chars]{text[len(text) - keep_end:]}"
    return text


def _common_shorten_repr(*values):
    """The reprs of `values`, shortened together: a long common prefix is elided first, then
    each value's own tail, so the place where they differ stays visible."""
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    common = _common_prefix(reprs)
    n = len(common)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _elide(common, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _elide(common, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _elide(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    i = 0
    while i < len(first) and first[i] == last[i]:
        i += 1
    return first[:i]


def _ndiff_lines(first, second):
    import difflib
    return difflib.ndiff(first, second)


def _pformat_lines(obj):
    import pprint
    return pprint.pformat(obj).splitlines()


# -- results ---------------------------------------------------------------------------------

def _is_test_case(obj):
    return not isinstance(obj, TestSuite)


class TestResult:
    """What a run of tests collected: `failures` and `errors` as (test, report text),
    `skipped` as (test, reason), expected failures, unexpected successes and the count."""

    __module__ = "unittest.result"

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        """With `buffer`, sends the output of what runs next (a test, a fixture) to buffers
        that are shown only if it fails."""
        if self.buffer:
            import io
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out = sys.stdout.getvalue()
            err = sys.stderr.getvalue()
            if out:
                if not out.endswith("\n"):
                    out += "\n"
                self._original_stdout.write("\nStdout:\n%s" % out)
            if err:
                if not err.endswith("\n"):
                    err += "\n"
                self._original_stderr.write("\nStderr:\n%s" % err)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        pass

    def _fail_fast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True
        self._fail_fast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True
        self._fail_fast()

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        self._fail_fast()
        bucket = self.failures if issubclass(err[0], test.failureException) else self.errors
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._fail_fast()

    def addDuration(self, test, elapsed):
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of exception `err` raised in `test`: its traceback without the
        framework's frames (for assertion failures, without the assert method's either),
        then any output the test buffered."""
        import traceback
        exc_type, value, tb = err
        frames = traceback.extract_tb(tb)
        start = 0
        while start < len(frames) and frames[start].filename == _THIS_FILE:
            start += 1
        end = len(frames)
        if exc_type is test.failureException:
            end = start
            while end < len(frames) and frames[end].filename != _THIS_FILE:
                end += 1
        report = traceback.TracebackException(exc_type, value, None, capture_locals=self.tb_locals,
                                              compact=True)
        report.stack = traceback.StackSummary(frames[start:end])
        lines = list(report.format())
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                lines.append("\nStdout:\n%s" % (out if out.endswith("\n") else out + "\n"))
            if err_text:
                lines.append("\nStderr:\n%s" % (err_text if err_text.endswith("\n") else err_text + "\n"))
        return "".join(lines)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with `writeln`."""

    __module__ = "unittest.runner"

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ("stream", "__getstate__"):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(TestResult):
    """A result that reports as it goes: a character per test, or a line per test when
    verbose, then the failures in full."""

    __module__ = "unittest.runner"

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        doc_line = test.shortDescription()
        if self.descriptions and doc_line:
            return "\n".join((str(test), doc_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, status, char):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def _mark_expectation(self, status, char):
        # CPython writes these two statuses straight after the test's " ... ", without the
        # bookkeeping of `_write_status`; what a fixture error prints next depends on it.
        if self.showAll:
            self.stream.writeln(status)
        elif self.dots:
            self.stream.write(char)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._mark(subtest, "FAIL", "F")
            else:
                self._mark(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark_expectation("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark_expectation("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


# -- test cases ------------------------------------------------------------------------------

class _Outcome:
    """The state of one test's run: whether every part so far passed, and the failure an
    `@expectedFailure` test produced."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None


def _report_part(outcome, test, err, subtest):
    """Records exception `err` raised in one part (setUp, the test, a subtest, ...)."""
    if outcome.expecting_failure:
        outcome.expectedFailure = err
        return
    outcome.success = False
    if subtest:
        outcome.result.addSubTest(test.test_case, test, err)
    elif outcome.result is not None:
        if issubclass(err[0], test.failureException):
            outcome.result.addFailure(test, err)
        else:
            outcome.result.addError(test, err)


def _run_part(outcome, test, body, *args, subtest=False):
    """Runs one part of a test, recording how it ended; True when it passed."""
    was_success = outcome.success
    outcome.success = True
    try:
        body(*args)
    except KeyboardInterrupt:
        raise
    except SkipTest as e:
        outcome.success = False
        _add_skip(outcome.result, test, str(e))
    except _ShouldStop:
        pass
    except BaseException:
        _report_part(outcome, test, sys.exc_info(), subtest)
    else:
        if subtest and outcome.success:
            outcome.result.addSubTest(test.test_case, test, None)
    passed = outcome.success
    outcome.success = outcome.success and was_success
    return passed


def _add_skip(result, test, reason):
    add_skip = getattr(result, "addSkip", None)
    if add_skip is not None:
        add_skip(test, reason)
    else:
        import warnings
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test)


class _AssertRaisesContext:
    """`with self.assertRaises(E) as cm:`: fails unless the block raises E; `cm.exception`
    is the exception."""

    _base_type = BaseException
    _base_type_str = "an exception type or tuple of exception types"

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _check_expected(self, name):
        kinds = self.expected if isinstance(self.expected, tuple) else (self.expected,)
        if not kinds or not all(isinstance(k, type) and issubclass(k, self._base_type) for k in kinds):
            raise TypeError("%s() arg 1 must be %s" % (name, self._base_type_str))

    def handle(self, name, args, kwargs):
        """The context manager, or with a callable in `args`, the result of calling it inside."""
        self._check_expected(name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)

    def _raiseFailure(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(self._expected_name(), self.obj_name))
            self._raiseFailure("{} not raised".format(self._expected_name()))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesContext):
    """`with self.assertWarns(W) as cm:`: fails unless the block warns W; `cm.warning`,
    `cm.filename` and `cm.lineno` describe the warning."""

    _base_type = Warning
    _base_type_str = "a warning type or tuple of warning types"

    def __enter__(self):
        import warnings
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_match = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_match is None:
                first_match = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first_match is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first_match)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(self._expected_name(), self.obj_name))
        self._raiseFailure("{} not triggered".format(self._expected_name()))


class _LoggingWatcher:
    def __init__(self):
        self.records = []
        self.output = []


class _AssertLogsContext:
    """`with self.assertLogs(logger, level) as cm:`: fails unless the block logs at `level`
    or above (`no_logs`: fails if it does); `cm.records` and `cm.output` hold what it logged."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        self.watcher = _LoggingWatcher()
        watcher = self.watcher

        class _Capture(logging.Handler):
            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(self.format(record))

        handler = _Capture()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.old
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))

    def _raiseFailure(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


_subtest_msg_sentinel = object()


class _SubTestContext:
    """`with self.subTest(...)`: runs the block as its own part of the test, so a failure
    there is reported with the subtest's parameters and the test goes on."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            self.subtest = None
            return None
        import collections
        parent = case._subtest
        params = parent.params.new_child(self.params) if parent is not None else collections.ChainMap(self.params)
        self.parent = parent
        self.subtest = case._subtest = _SubTest(case, self.msg, params)
        self.was_success = outcome.success
        outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.subtest is None:
            return False
        case = self.case
        outcome = case._outcome
        try:
            if exc_type is None:
                if outcome.success:
                    outcome.result.addSubTest(case, self.subtest, None)
            elif issubclass(exc_type, KeyboardInterrupt):
                return False
            elif issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.subtest, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                _report_part(outcome, self.subtest, (exc_type, exc_value, tb), True)
            passed = outcome.success
            outcome.success = outcome.success and self.was_success
            if not passed:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
                if outcome.expectedFailure:
                    raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


class TestCase:
    """A group of tests: each method whose name starts with `test` is one, run on a fresh
    instance between `setUp()` and `tearDown()`."""

    __module__ = "unittest.case"

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (difflib would take too long).
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: "assertDictEqual",
            list: "assertListEqual",
            tuple: "assertTupleEqual",
            set: "assertSetEqual",
            frozenset: "assertSetEqual",
            str: "assertMultiLineEqual",
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        # stacklevel 4: past this method, _run_part and run, to the code that ran the test.
        if method() is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a test case ({method})",
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, "startTestRun", None)
            stop_run = getattr(result, "stopTestRun", None)
            if start_run is not None:
                start_run()
        else:
            stop_run = None
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                _add_skip(result, self, why)
                return result
            expecting_failure = (getattr(self, "__unittest_expecting_failure__", False)
                                 or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            import time
            started = time.perf_counter()
            try:
                self._outcome = outcome
                _run_part(outcome, self, self._callSetUp)
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    _run_part(outcome, self, self._callTestMethod, method)
                    outcome.expecting_failure = False
                    _run_part(outcome, self, self._callTearDown)
                self.doCleanups()
                if hasattr(result, "addDuration"):
                    result.addDuration(self, time.perf_counter() - started)
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Runs the cleanups added by `addCleanup`, last added first; True when all passed."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            _run_part(outcome, self, self._callCleanup, function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting the result: exceptions propagate."""
        method = getattr(self, self._testMethodName)
        if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            why = (getattr(self.__class__, "__unittest_skip_why__", "")
                   or getattr(method, "__unittest_skip_why__", ""))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ("\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle("assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                return getattr(self, asserter) if isinstance(asserter, str) else asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            standard = "%s == %s" % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standard))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (type_name, safe_repr(seq2)))
        else:
            type_name = "sequence"
        standard = self._sequence_difference(seq1, seq2, type_name, seq_type)
        if standard is None:
            return
        diff = "\n" + "\n".join(_ndiff_lines(_pformat_lines(seq1), _pformat_lines(seq2)))
        standard = self._truncateMessage(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    @staticmethod
    def _sequence_difference(seq1, seq2, type_name, seq_type):
        """How two sequences differ (the headline, the first differing element, the extra
        elements), or None when they are equal."""
        lengths = []
        for which, seq in (("First", seq1), ("Second", seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                return "%s %s has no length.    Non-sequence?" % (which, type_name)
        len1, len2 = lengths
        if seq1 == seq2:
            return None
        text = "%ss differ: %s != %s\n" % ((type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            items = []
            for which, seq in (("first", seq1), ("second", seq2)):
                try:
                    items.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    text += "\nUnable to index element %d of %s %s\n" % (i, which, type_name)
                    break
            if len(items) < 2:
                break
            if items[0] != items[1]:
                text += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(*items))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) is not type(seq2):
                # Equal items in sequences of different types: equal enough.
                return None
        if len1 > len2:
            text += _extra_elements("First", seq1, len1, len2, type_name)
        elif len1 < len2:
            text += _extra_elements("Second", seq2, len2, len1, type_name)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standard = "%s not found in %s" % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standard = "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standard = "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standard))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % (safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standard = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(_ndiff_lines(_pformat_lines(d1), _pformat_lines(d2)))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        differences = _count_differences(first, second)
        if differences:
            standard = "Element counts were not equal:\n"
            lines = ["First has %d, Second has %d:  %r" % d for d in differences]
            standard = self._truncateMessage(standard, "\n".join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # Both texts end in a newline for the diff, so a missing final newline shows as a
        # changed last line rather than a line glued to the next.
        first_text, second_text = first, second
        if first and second:
            if first[-1] != "\n" or second[-1] != "\n":
                first_text += "\n"
                second_text += "\n"
        elif second and second[-1] != "\n":
            second_text += "\n"
        elif first and first[-1] != "\n":
            first_text += "\n"
        diff = "\n" + "".join(_ndiff_lines(first_text.splitlines(keepends=True),
                                           second_text.splitlines(keepends=True)))
        standard = "%s != %s" % _common_shorten_repr(first, second)
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard = "Regex matched: %r matches %r in %r" % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))


def _extra_elements(which, seq, longer, shorter, type_name):
    text = "\n%s %s contains %d additional elements.\n" % (which, type_name, longer - shorter)
    try:
        return text + "First extra element %d:\n%s\n" % (shorter, safe_repr(seq[shorter]))
    except (TypeError, IndexError, NotImplementedError):
        return text + "Unable to index element %d of %s %s\n" % (shorter, which.lower(), type_name)


def _count_differences(first, second):
    """(count in first, count in second, element) for each element whose counts differ,
    in order of first appearance in `first` then `second`; works for unhashable elements."""
    try:
        counts1, counts2 = {}, {}
        for item in first:
            counts1[item] = counts1.get(item, 0) + 1
        for item in second:
            counts2[item] = counts2.get(item, 0) + 1
    except TypeError:
        return _count_differences_unhashable(first, second)
    out = [(n, counts2.get(item, 0), item) for item, n in counts1.items() if n != counts2.get(item, 0)]
    out += [(0, n, item) for item, n in counts2.items() if item not in counts1]
    return out


_TAKEN = object()


def _take_equal(items, elem, start=0):
    """How many of `items[start:]` equal `elem`; each is replaced by a marker, so it is
    counted once."""
    n = 0
    for j in range(start, len(items)):
        if items[j] == elem:
            n += 1
            items[j] = _TAKEN
    return n


def _count_differences_unhashable(first, second):
    remaining1, remaining2 = list(first), list(second)
    out = []
    for i, elem in enumerate(remaining1):
        if elem is _TAKEN:
            continue
        n1 = _take_equal(remaining1, elem, i)
        n2 = _take_equal(remaining2, elem)
        if n1 != n2:
            out.append((n1, n2, elem))
    for i, elem in enumerate(remaining2):
        if elem is not _TAKEN:
            out.append((0, _take_equal(remaining2, elem, i), elem))
    return out


def _enter_context(cm, add_cleanup):
    from contextlib import _enter_exit
    enter, exit = _enter_exit(cm)
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


class _SubTest(TestCase):
    """One `subTest` block of a test, as results report it."""

    __module__ = "unittest.case"

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """A test made of a plain function (with optional set-up and tear-down functions)."""

    __module__ = "unittest.case"

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description) == (
            other._setUpFunc, other._tearDownFunc, other._testFunc, other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc, self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods may be coroutines, as may `asyncSetUp`,
    `asyncTearDown` and async cleanups: each test runs them all on one fresh event loop."""

    __module__ = "unittest.async_case"

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._loop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    def _await(self, value):
        import inspect
        if inspect.isawaitable(value):
            return self._loop.run_until_complete(value)
        return value

    def _callSetUp(self):
        self.setUp()
        self._await(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._await(method()) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a test case ({method})",
                          DeprecationWarning, stacklevel=5)

    def _callTearDown(self):
        self._await(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._await(function(*args, **kwargs))

    def run(self, result=None):
        import asyncio
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        try:
            return super().run(result)
        finally:
            self._loop.close()
            asyncio.set_event_loop(None)
            self._loop = None


# -- decorators ------------------------------------------------------------------------------

def skip(reason):
    """Skips the decorated test (or every test of the decorated class)."""
    def decorate(item):
        if not isinstance(item, type):
            import functools
            original = item

            @functools.wraps(original)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        # Used bare, as `@skip`: the reason is empty.
        item, reason = reason, ""
        return decorate(item)
    return decorate


def _keep(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    return _keep if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# -- suites ----------------------------------------------------------------------------------

class _ErrorHolder:
    """Stands in for a test in a result when a fixture outside any test (setUpClass,
    setUpModule, their tear-downs and cleanups) failed."""

    __module__ = "unittest.suite"

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class BaseTestSuite:
    """A collection of tests (cases and suites), run in order."""

    __module__ = "unittest.suite"

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test is not None)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            return
        if hasattr(test, "countTestCases"):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class fixtures (setUpClass/tearDownClass) and module fixtures
    (setUpModule/tearDownModule) around the tests that need them."""

    __module__ = "unittest.suite"

    def run(self, result, debug=False):
        top_level = not getattr(result, "_testRunEntered", False)
        if top_level:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_test_case(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _run_fixture(self, result, fixture, method_name, parent):
        """Runs a class or module fixture (or cleanups); an exception it raises is reported
        as the error of `method_name (parent)` (under `debug()`, raised). False if it raised."""
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, e, method_name, parent)
            return False
        return True

    def _report_class_cleanup_errors(self, result, cls, method_name):
        for exc_info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise exc_info[1]
            self._createClassOrModuleLevelException(result, exc_info[1], method_name, strclass(cls),
                                                    info=exc_info)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        current._classSetupFailed = False
        setup = getattr(current, "setUpClass", None)
        do_cleanups = getattr(current, "doClassCleanups", None)
        if setup is None:
            return
        _call_if_exists(result, "_setupStdout")
        try:
            if not self._run_fixture(result, setup, "setUpClass", strclass(current)):
                current._classSetupFailed = True
                if do_cleanups is not None:
                    do_cleanups()
                    self._report_class_cleanup_errors(result, current, "setUpClass")
        finally:
            _call_if_exists(result, "_restoreStdout")

    def _get_previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        setup = getattr(module, "setUpModule", None)
        if setup is None:
            return
        _call_if_exists(result, "_setupStdout")
        try:
            if not self._run_fixture(result, setup, "setUpModule", current_module):
                result._moduleSetUpFailed = True
                self._run_fixture(result, doModuleCleanups, "setUpModule", current_module)
        finally:
            _call_if_exists(result, "_restoreStdout")

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        error = _ErrorHolder(f"{method_name} ({parent})")
        self._addClassOrModuleLevelException(result, exc, error, info)

    def _addClassOrModuleLevelException(self, result, exception, error, info=None):
        add_skip = getattr(result, "addSkip", None)
        if add_skip is not None and isinstance(exception, SkipTest):
            add_skip(error, str(exception))
        elif info is None:
            result.addError(error, sys.exc_info())
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        _call_if_exists(result, "_setupStdout")
        try:
            teardown = getattr(module, "tearDownModule", None)
            if teardown is not None:
                self._run_fixture(result, teardown, "tearDownModule", previous_module)
            self._run_fixture(result, doModuleCleanups, "tearDownModule", previous_module)
        finally:
            _call_if_exists(result, "_restoreStdout")

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, "tearDownClass", None)
        do_cleanups = getattr(previous, "doClassCleanups", None)
        if teardown is None and do_cleanups is None:
            return
        _call_if_exists(result, "_setupStdout")
        try:
            if teardown is not None:
                self._run_fixture(result, teardown, "tearDownClass", strclass(previous))
            if do_cleanups is not None:
                do_cleanups()
                self._report_class_cleanup_errors(result, previous, "tearDownClass")
        finally:
            _call_if_exists(result, "_restoreStdout")


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class _DebugResult:
    """The result `TestSuite.debug()` passes: fixtures' exceptions propagate."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups, last added first; re-raises the first exception one raised."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


# -- loading ---------------------------------------------------------------------------------

class _FailedTest(TestCase):
    """Stands in for a test that could not be loaded: running it raises the reason."""

    __module__ = "unittest.loader"

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def raise_reason():
            raise self._exception
        return raise_reason


class TestLoader:
    """Builds suites from test case classes, modules and dotted names."""

    __module__ = "unittest.loader"

    testMethodPrefix = "test"
    suiteClass = TestSuite
    testNamePatterns = None
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    @staticmethod
    def sortTestMethodsUsing(a, b):
        return (a > b) - (a < b)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        if testCaseClass in (TestCase, FunctionTestCase):
            return self.suiteClass()
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
                self.errors.append(message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    for part in module_name.split(".")[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(part, e, self.suiteClass,
                                                              "Failed to access attribute:\n%s" % (e,))
                self.errors.append(error_message)
                return error_case
        import types
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and isinstance(parent, type) and issubclass(parent, TestCase):
            inst = parent(parts[-1])
            if not isinstance(getattr(inst, parts[-1]), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            import fnmatch
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        raise NotImplementedError("test discovery in directories is not available in Edge Python")


def _make_failed_import_test(name, suite_class):
    import traceback
    message = "Failed to import test module: %s\n%s" % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suite_class, message)


def _make_failed_load_tests(name, exception, suite_class):
    import traceback
    message = "Failed to call load_tests:\n%s" % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suite_class, message)


def _make_failed_test(method_name, exception, suite_class, message):
    return suite_class((_FailedTest(method_name, exception),)), message


defaultTestLoader = TestLoader()


# -- running ---------------------------------------------------------------------------------

class TextTestRunner:
    """Runs a suite and reports on `stream` (standard error by default): progress as it
    goes, then failures, the count and time, and OK or FAILED."""

    __module__ = "unittest.runner"

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity, durations=self.durations)
        except TypeError:
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _printDurations(self, result):
        """The slowest tests, slowest first (the first `durations` of them unless 0);
        below a millisecond only when verbose."""
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda item: item[1], reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        hidden = False
        for test, elapsed in slowest:
            if self.verbosity < 2 and elapsed < 0.001:
                hidden = True
                continue
            self.stream.writeln("%-10s %s" % ("%.3fs" % elapsed, test))
        if hidden:
            self.stream.writeln("\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            self.stream.writeln("")

    def run(self, test):
        import time
        import warnings
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            start_run = getattr(result, "startTestRun", None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, "stopTestRun", None)
                if stop_run is not None:
                    stop_run()
            taken = time.perf_counter() - started
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0 and not result.skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# Interrupt handling (`-c`) needs signals, which this runtime does not have: results are
# tracked so the calls work, and nothing is installed.
_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    pass


def removeHandler(method=None):
    return method


_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


# Exit status when no test ran (CPython 3.12+).
_NO_TESTS_EXITCODE = 5


class TestProgram:
    """`unittest.main()`: loads the tests of a module (by default `__main__`) or those named
    on the command line, runs them and exits with 0 when all passed, 1 when not, 5 when
    none ran."""

    __module__ = "unittest.main"

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not sys.warnoptions:
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = _program_name(argv[0]) if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self):
        self._parser().print_help()

    def _parser(self):
        """The command line `main()` accepts (CPython's options and help texts; only the
        options not fixed by main()'s own arguments)."""
        import argparse
        program = self

        class Parser(argparse.ArgumentParser):
            def print_help(self, file=None):
                super().print_help(file)
                print(_MODULE_EXAMPLES % {"prog": program.progName})

        parser = Parser(prog=self.progName)
        parser.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2,
                            help="Verbose output")
        parser.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0,
                            help="Quiet output")
        parser.add_argument("--locals", dest="tb_locals", action="store_true",
                            help="Show local variables in tracebacks")
        parser.add_argument("--durations", dest="durations", type=int, default=None, metavar="N",
                            help="Show the N slowest test cases (N=0 for all)")
        if self.failfast is None:
            parser.add_argument("-f", "--failfast", dest="failfast", action="store_true",
                                help="Stop on first fail or error")
        if self.catchbreak is None:
            parser.add_argument("-c", "--catch", dest="catchbreak", action="store_true",
                                help="Catch Ctrl-C and display results so far")
        if self.buffer is None:
            parser.add_argument("-b", "--buffer", dest="buffer", action="store_true",
                                help="Buffer stdout and stderr during tests")
        if self.testNamePatterns is None:
            parser.add_argument("-k", dest="testNamePatterns", action="append", type=_name_pattern,
                                help="Only run tests which match the given substring")
        parser.add_argument("tests", nargs="*",
                            help="a list of any number of test modules, classes and test methods.")
        return parser

    def parseArgs(self, argv):
        options = self._parser().parse_args(argv[1:])
        for name in ("failfast", "catchbreak", "buffer", "testNamePatterns"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(options, name) or ([] if name == "testNamePatterns" else False))
        if options.verbosity is not None:
            self.verbosity = options.verbosity
        if options.tb_locals:
            self.tb_locals = True
        if options.durations is not None:
            self.durations = options.durations
        if options.tests:
            self.testNames = options.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings, tb_locals=self.tb_locals, durations=self.durations)
            except TypeError:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings)
        self.result = runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


def _name_pattern(pattern):
    """`-k foo` selects tests whose full name contains foo; a pattern with `*` is a glob."""
    return pattern if "*" in pattern else "*%s*" % pattern


def _program_name(path):
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name or "python -m unittest"


main = TestProgram
