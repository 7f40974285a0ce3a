# mimetypes answers as CPython does without system MIME files (knownfiles emptied here, since
# CPython reads /etc/mime.types when it exists).
import mimetypes, io, os, tempfile, pathlib
mimetypes.knownfiles = []
names = ["a.html", "A.HTML", "x.tar.gz", "x.tgz", "x.TGZ", "x.tar.Z", "x.tar.z", "x.svgz", "x.txz", "pic.JPG", "doc.pdf",
         "data.json", "m.mjs", "s.css", "noext", ".bashrc", "a.b/c", "dir.d/file", "x.unknownext", "x.rtf", "x.midi",
         "x.pict", "x.xul", "x.jpg", "x.gz", "x.br", "x.bz2", "x.tar.bz2", "x.tar.xz", "x.wasm", "x.webp", "x.avif",
         "x.md", "x.csv", "x.py", "x.c", "x.zip", "x.svg", "x.mp4", "x.woff2", "x.ts", "x.tsv", "x.ico", ""]
for n in names:
    print(repr(n), mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False), mimetypes.guess_file_type(n))
for u in ["http://example.com/a.png", "https://x.org/dir/file.tar.gz?q=1#frag", "http://x/y", "ftp://h/p.TXT",
          "data:,hello", "data:text/html;base64,PGI+", "data:image/png,xyz", "data:charset=utf-8,abc", "data:foo,x",
          "data:nocomma", "c:\\dir\\x.html", "file:///tmp/x.json", "HTTP://H/x.Css", "//host/x.js", "x:/a.txt"]:
    print(repr(u), mimetypes.guess_type(u), mimetypes.guess_type(u, strict=False))
print(mimetypes.guess_type(pathlib.PurePosixPath("dir/x.xml")), mimetypes.guess_file_type(b"x.txt"))
for t in ["text/html", "TEXT/HTML", "image/jpeg", "application/octet-stream", "text/plain", "application/javascript",
          "text/javascript", "image/png", "application/x-unknown", "audio/mpeg", "video/mp4", "text/xml", "image/pict",
          "application/rtf", "text/xul", "application/json", "application/zip", "font/woff2"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False), mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False))
print(len(mimetypes.types_map), len(mimetypes.common_types), sorted(mimetypes.suffix_map.items()), sorted(mimetypes.encodings_map.items()))
print(mimetypes.inited)
mimetypes.add_type("application/x-edge", ".edge")
mimetypes.add_type("application/x-edge", ".edg")
mimetypes.add_type("text/x-loose", ".loose", strict=False)
mimetypes.add_type("text/plain", ".html")
print(mimetypes.inited, mimetypes.guess_type("f.edge"), mimetypes.guess_extension("application/x-edge"), mimetypes.guess_all_extensions("application/x-edge"))
print(mimetypes.guess_type("f.loose"), mimetypes.guess_type("f.loose", strict=False), mimetypes.guess_type("a.html"))
print(len(mimetypes.types_map), mimetypes.types_map is mimetypes._db.types_map[True], mimetypes.guess_all_extensions("text/html"))
db = mimetypes.MimeTypes()
print(db.guess_type("a.html"), db.guess_type("f.edge"), len(db.types_map[True]), len(db.types_map_inv[False]))
db.readfp(io.StringIO("# comment\napplication/x-foo foo fo  # trailing\n\n text/x-bar bar\nbad\n"))
print(db.guess_type("a.foo"), db.guess_type("a.fo"), db.guess_type("a.bar"), db.guess_all_extensions("application/x-foo"))
T = tempfile.mkdtemp()
p = os.path.join(T, "mime.types")
with open(p, "w", encoding="utf-8") as f:
    f.write("application/x-from-file ff1 ff2\ntext/html htmx\n")
print(sorted(mimetypes.read_mime_types(p).items())[:3], len(mimetypes.read_mime_types(p)), mimetypes.read_mime_types(os.path.join(T, "none")))
db2 = mimetypes.MimeTypes([p], strict=False)
print(db2.guess_type("x.ff1"), db2.guess_type("x.ff1", strict=False), db2.guess_extension("text/html", strict=False))
mimetypes.init([p])
print(mimetypes.guess_type("a.ff2"), mimetypes.guess_type("a.edge"), mimetypes.guess_type("a.html"))
mimetypes.init()
print(mimetypes.guess_type("a.ff2"), mimetypes.guess_type("a.html"), mimetypes.guess_extension("text/html"))
os.remove(p); os.rmdir(T)
try:
    mimetypes.guess_type(5)
except TypeError as e:
    print("TypeError", e)
print(mimetypes.__all__)
