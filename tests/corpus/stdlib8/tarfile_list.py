# TarFile.list: ls -l-like lines (type letters from the member type), devices, links.
import tarfile, io
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as tf:
    for name, kw in (("f.txt", {"mode": 0o644, "size": 3, "uname": "u", "gname": "g"}), ("d", {"type": tarfile.DIRTYPE, "mode": 0o755}),
                     ("s", {"type": tarfile.SYMTYPE, "linkname": "f.txt"}), ("h", {"type": tarfile.LNKTYPE, "linkname": "f.txt"}),
                     ("c", {"type": tarfile.CHRTYPE, "devmajor": 4, "devminor": 1, "mode": 0o620}), ("x", {"mode": 0o4755, "uid": 7, "gid": 9})):
        ti = tarfile.TarInfo(name); ti.mtime = 1234567890
        for k, v in kw.items(): setattr(ti, k, v)
        tf.addfile(ti, io.BytesIO(b"abc") if ti.size else None)
b.seek(0)
with tarfile.open(fileobj=b) as tf:
    # Times print in local time: show them only as missing, which does not depend on the zone.
    for m in tf.getmembers():
        m.mtime = None
    tf.list()
    tf.list(verbose=False, members=tf.getmembers()[:2])
    print(tf.getmember("c").devmajor, tf.getmember("c").isdev(), tf.getmember("c").ischr(), tf.extractfile("c"), tf.extractfile("d"))
b.seek(0)
with tarfile.open(fileobj=b, mode="r|") as tf:
    m = tf.next(); print(m.name, tf.extractfile(m).read())
    try:
        tf.extractfile("f.txt").read()
    except Exception as e:
        print(type(e).__name__, e)
b.seek(0)
with tarfile.open(fileobj=b, mode="r|") as tf:
    names = tf.getnames()
    print(names)
    try:
        tf.extractfile("s")
    except Exception as e:
        print(type(e).__name__, e)
