for f in [lambda: '%*d' % (2**40, 1), lambda: '%*d' % (-2**40, 1), lambda: '%.*f' % (2**40, 1),
          lambda: '%*d' % (2**70, 1), lambda: '%*d|' % (-5, 1), lambda: '%.*f' % (-1, 1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
