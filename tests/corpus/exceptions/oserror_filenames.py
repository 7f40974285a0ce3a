# OSError's file names: filename2 and the 'x' -> 'y' form, args kept whole when filename is None,
# and a filename set after the fact showing with errno/strerror None (shutil.rmtree does that).
for args in [(17,'File exists','x',None,'y'), (17,'File exists','x',None), (17,'File exists','x'), (17,'File exists',None,None,'y'), (1,2,3,4,5,6), ('m',), (2,'No such'), ()]:
    e = OSError(*args)
    print(type(e).__name__, str(e), e.args, e.errno, e.strerror, e.filename, e.filename2, repr(e))
e = OSError('m'); e.filename = 'p'; print(str(e))
e = OSError(2, 'x'); e.filename = 'p'; e.filename2 = 'q'; print(str(e))
