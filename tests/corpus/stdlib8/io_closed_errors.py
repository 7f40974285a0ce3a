# The messages and the order of the checks of closed files and of operations the mode
# does not allow, for open()'s binary and text files, StringIO and BytesIO.
import io
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
with open("_io_closed_tmp.bin", "wb") as f:
    f.write(b"ab\ncd\n")
for mode in ["rb", "r", "wb", "w", "ab", "r+b", "r+"]:
    f = open("_io_closed_tmp.bin", mode)
    f.close()
    for op in ["read()", "read(1)", "readline()", "readlines()", "write(b'x')", "write('x')", "seek(0)", "tell()", "flush()", "readable()", "writable()", "seekable()", "isatty()", "truncate()", "fileno()", "__enter__()", "__next__()", "writelines([])"]:
        attempt(f"{mode} {op}", lambda: eval("f." + op))
for cls in ["io.StringIO()", "io.BytesIO()"]:
    f = eval(cls); f.close()
    for op in ["read()", "readline()", "readlines()", "write(b'x')", "write('x')", "seek(0)", "tell()", "flush()", "readable()", "writable()", "seekable()", "isatty()", "truncate()", "getvalue()", "__enter__()", "__next__()", "__iter__() is f", "writelines([])"]:
        attempt(f"{cls} {op}", lambda: eval("f." + op))
import os; os.remove("_io_closed_tmp.bin")

with open("_io_closed_tmp.bin", "wb") as f:
    f.write(b"ab\ncd\n")
for mode in ["rb", "r", "wb", "w"]:
    f = open("_io_closed_tmp.bin", mode)
    for op in ["read()", "readline()", "readlines()", "write(b'x')", "write('x')", "truncate()", "__next__()", "writelines([b'x'])", "writelines(['x'])", "readable()", "writable()"]:
        attempt(f"{mode} {op}", lambda: eval("f." + op))
    f.close()
import os; os.remove("_io_closed_tmp.bin")
