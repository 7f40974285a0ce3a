try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
    print(repr(e))
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args)
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
    print(repr(e))
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'h\u20acllo'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    'h\U0001f600llo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    b'ab\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
try:
    b'ab\xc3(x'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
try:
    b'ab\x80\x81'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad')
print(e, repr(e), e.args)
e = UnicodeDecodeError('utf-8', b'abc', 1, 3, 'bad')
print(e)
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad')
print(e, repr(e))
e = UnicodeEncodeError('ascii', 'a\xe9c', 1, 2, 'bad')
print(e)
e = UnicodeEncodeError('ascii', 'a\u20acc', 1, 2, 'bad')
print(e)
e = UnicodeEncodeError('ascii', 'a\U0001f600c', 1, 2, 'bad')
print(e)
e = UnicodeTranslateError('a\xe9c', 1, 2, 'bad')
print(e, repr(e), e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeTranslateError('abc', 0, 3, 'bad')
print(e)
try:
    UnicodeDecodeError('utf-8', b'abc', 1)
except TypeError as e:
    print(e)
try:
    UnicodeDecodeError('utf-8', 'abc', 1, 2, 'x')
except TypeError as e:
    print(e)
try:
    UnicodeEncodeError('utf-8', b'abc', 1, 2, 'x')
except TypeError as e:
    print(e)
e = UnicodeDecodeError('utf-8', bytearray(b'abc'), 1, 2, 'bad')
print(type(e.object), e)
e.start = 0
e.reason = 'changed'
print(e)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
print(UnicodeDecodeError.__mro__)
try:
    str(b'\xff\xfe', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\xe9'.decode('ascii')
except UnicodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('utf-8', 'ignore'))
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
e = UnicodeDecodeError('utf-8', b'abc', 5, 7, 'bad')
print(e)
e = UnicodeEncodeError('ascii', 'abc', 5, 7, 'bad')
print(e)
class MyErr(UnicodeDecodeError):
    pass
e = MyErr('utf-8', b'\xff', 0, 1, 'oops')
print(e, e.encoding)
for args in [(1, b'a', 0, 1, 'r'), ('u', b'a', 'x', 1, 'r'), ('u', b'a', 0, 1.5, 'r'), ('u', b'a', 0, 1, 5), ('u', 5, 0, 1, 'r'), ('u', b'a', True, 10**30, 'r')]:
    try:
        e = UnicodeDecodeError(*args); print(repr(e), e.object, e.start)
    except Exception as x:
        print(type(x).__name__, x)
for args in [(1, 'a', 0, 1, 'r'), ('u', 'a', 'x', 1, 'r'), ('u', 'a', 0, 1, 5), ('u', 5, 0, 1, 'r'),('u','a',0,1)]:
    try:
        e = UnicodeEncodeError(*args); print(repr(e))
    except Exception as x:
        print(type(x).__name__, x)
for args in [(1, 0, 1, 'r'), ('a', 'x', 1, 'r'), ('a', 0, 1, 5), ('a',)]:
    try:
        e = UnicodeTranslateError(*args); print(repr(e))
    except Exception as x:
        print(type(x).__name__, x)
try:
    UnicodeDecodeError('u', b'a', 0, 1, reason='r')
except Exception as x:
    print(type(x).__name__, x)
e = UnicodeDecodeError('u', b'a', 0, 1, 'r')
try:
    e.start = 'x'
except Exception as x:
    print(type(x).__name__, x)
e.start = 0
e.object = b'xyz'
e.end = 3
print(e, e.args)
class E(UnicodeEncodeError):
    def __init__(self, msg):
        self.msg = msg
e = E('hi')
print(repr(str(e)), e.args, e.encoding, e.start)
print(UnicodeError('a', 'b'), UnicodeError('x').args)
e = UnicodeEncodeError('ascii', '', 0, 0, 'r'); print(e)
e = UnicodeEncodeError('ascii', 'abc', -1, 1, 'r'); print(e, e.start)

# An uncaught decode error ends the program with CPython's message.
def load(raw):
    return raw.decode("utf-8")
print(str(b"caf\xc3\xa9", "utf-8"), bytes("caf\xe9", "latin-1"))
try:
    str(b"\xe9t\xe9", "ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
load(b"ok \xff\xfe end")
