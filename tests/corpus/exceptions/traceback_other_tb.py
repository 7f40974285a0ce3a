# traceback.format_exception / print_exception with a traceback other than the exception's
# own (a later part of its chain, or None) format those frames, as CPython does.
import io
import traceback


def f(x):
    return g(x) + 1


def g(x):
    assert x == 2, "nope"
    return x


try:
    f(1)
except AssertionError as e:
    tb = e.__traceback__
    print("".join(traceback.format_exception(type(e), e, tb)).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(type(e), e, tb.tb_next)).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(type(e), e, tb.tb_next.tb_next, limit=1)).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(type(e), e, None)))
    print(traceback.format_exception(e, limit=0))
    out = io.StringIO()
    traceback.print_exception(type(e), e, tb.tb_next, file=out)
    print(out.getvalue().replace(__file__, "FILE"))
    try:
        raise KeyError("k")
    except KeyError as k:
        lines = traceback.format_exception(type(k), k, None)
        print("".join(lines).replace(__file__, "FILE"))
        lines = traceback.format_exception(type(k), k, None, chain=False)
        print("".join(lines))
