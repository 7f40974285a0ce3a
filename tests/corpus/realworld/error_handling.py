# An order-validation pipeline that leans on exceptions: custom hierarchies, chaining with
# `from` and implicit context, suppression, finally/else ordering, ExceptionGroup with
# except*, re-raising, context managers that swallow or translate errors, and tracebacks
# formatted through the traceback module.
import traceback
import contextlib


class OrderError(Exception):
    def __init__(self, order_id, reason):
        super().__init__(f"order {order_id}: {reason}")
        self.order_id = order_id
        self.reason = reason


class StockError(OrderError):
    pass


class PaymentError(OrderError):
    def __str__(self):
        return f"payment failed for {self.order_id} ({self.reason})"


STOCK = {"apple": 5, "pear": 0, "fig": 2}
log = []


def reserve(order_id, item, qty):
    try:
        have = STOCK[item]
    except KeyError as e:
        raise StockError(order_id, f"unknown item {item!r}") from e
    if have < qty:
        raise StockError(order_id, f"only {have} {item} left")
    STOCK[item] = have - qty


def charge(order_id, amount):
    try:
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        return round(amount * 1.2, 2)
    except ValueError:
        raise PaymentError(order_id, "validation")


def process(order_id, item, qty, amount):
    log.append(f"start {order_id}")
    try:
        reserve(order_id, item, qty)
        total = charge(order_id, amount)
    except StockError as e:
        log.append(f"stock {e.order_id}")
        return ("stock", str(e), type(e.__cause__).__name__ if e.__cause__ else None)
    except OrderError as e:
        ctx = e.__context__
        return ("order", str(e), type(ctx).__name__, e.__suppress_context__)
    else:
        log.append(f"ok {order_id}")
        return ("ok", total)
    finally:
        log.append(f"end {order_id}")


for args in [(1, "apple", 2, 10), (2, "pear", 1, 5), (3, "kiwi", 1, 5), (4, "fig", 1, 0), (5, "apple", 9, 1)]:
    print(process(*args))
print(log)


@contextlib.contextmanager
def translate(kind):
    try:
        yield
    except LookupError as e:
        raise RuntimeError(f"{kind} lookup failed") from None


with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
try:
    with translate("config"):
        {}["x"]
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def nested_failure():
    try:
        int("abc")
    except ValueError:
        try:
            None.attr
        except AttributeError as inner:
            raise KeyError("final") from inner


try:
    nested_failure()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(chain)
    lines = traceback.format_exception(e)
    text = "".join(lines)
    print(text.count("Traceback"), "direct cause" in text, "During handling" in text)
    print(traceback.format_exception_only(e)[-1], end="")
    print(text.splitlines()[-1])

errors = []
try:
    raise ExceptionGroup("batch", [StockError(7, "x"), PaymentError(8, "y"), ValueError("z"), TypeError("t")])
except* StockError as g:
    errors.append(("stock", [str(x) for x in g.exceptions]))
except* (PaymentError, ValueError) as g:
    errors.append(("pay/value", sorted(type(x).__name__ for x in g.exceptions)))
except* TypeError as g:
    errors.append(("type", len(g.exceptions), g.message))
print(errors)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest), eg.subgroup(lambda e: isinstance(e, TypeError)))


def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except (ConnectionError, TimeoutError) as e:
            last = e
            continue
    raise RuntimeError(f"gave up after {attempts}") from last


def flaky(i):
    if i < 2:
        raise [ConnectionError, TimeoutError][i](f"attempt {i}")
    return f"ok on {i}"


print(retry(flaky, 3))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, repr(e.__cause__), isinstance(e.__cause__, OSError))


def order_of_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    try:
        return out
    finally:
        out.append("last")


print(order_of_finally())
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("caught", e, e.args, repr(e))
e = OrderError(9, "why")
print(e.args, str(e), repr(StockError(1, "s")), PaymentError(2, "p"), isinstance(e, Exception))
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, "".join(traceback.format_exception_only(e)), end="")
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
tb_text = None
try:
    [][1]
except IndexError:
    tb_text = traceback.format_exc()
print(tb_text.splitlines()[0], tb_text.splitlines()[-1], tb_text.count("\n"))
