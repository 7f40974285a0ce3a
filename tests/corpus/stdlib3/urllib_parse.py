# urllib.parse: splitting, joining, quoting and query strings.
import urllib.parse
from urllib import parse
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlparse, urlsplit

urls = ["https://user:pw@Example.COM:8443/a/b;p=1?q=1&r=2#frag", "http://[::1]:80/x", "ftp://ftp.example.org/pub/f.txt",
        "mailto:someone@example.com", "file:///etc/hosts", "//cdn.example.com/lib.js", "/relative/path?x#y",
        "HTTP://EXAMPLE.com", "git+ssh://git@github.com/u/r.git", "urn:isbn:0451450523", "path/only", "",
        "http://host/p;a;b/c;d?e", "  http://spaced.example/\tpath\n", "http://h:0/", "http://[fe80::1%25eth0]/"]
for u in urls:
    r = urlparse(u)
    s = urlsplit(u)
    print(r)
    print(" ", s.geturl() == r.geturl(), r.geturl(), r.username, r.password, r.hostname, r.port)
print(urlparse("www.example.com/x", scheme="https"), urlsplit("http://x/a#b", allow_fragments=False))
print(urllib.parse.urlunparse(("https", "h", "/p", "par", "q=1", "f")), urllib.parse.urlunsplit(("http", "", "//x", "", "")))
print(urllib.parse.urldefrag("http://x/y#z"), urllib.parse.urldefrag("http://x/y"))
print(urlsplit(b"http://h/p?q"), urlsplit(b"http://h/p?q").hostname)

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://a/b/", "c//d"), urljoin("mailto:x@y", "z"), urljoin("", "x"), urljoin(b"http://a/b", b"c"))

for s in ["hello world", "a/b c?d=e&f", "éß✓", "~user_name.-", "", "100%"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(parse.quote_plus(s)), repr(parse.quote_plus(s, safe="/")))
print(quote(b"\x00\xff bytes"), parse.quote_from_bytes(b"a&b", safe="&"), quote("é", encoding="latin-1"))
for s in ["hello%20world", "%E2%9C%93%zz%4", "a+b%2Bc", "%C3%A9%", "mixed é %41", "%e2%9c"]:
    print(repr(unquote(s)), repr(parse.unquote_plus(s)), parse.unquote_to_bytes(s))
print(unquote("%E9", encoding="latin-1"), unquote(b"%41%42"), unquote("%ff", errors="strict") if False else "")

qs = "a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%26%3D&&c=%E2%9C%93"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse.parse_qsl(qs), parse.parse_qsl("a=1;b=2", separator=";"), parse.parse_qsl(b"k=v&x=%20"))
for call in [lambda: parse.parse_qsl("a=1&b", strict_parsing=True), lambda: parse.parse_qsl("a=1&b=2", max_num_fields=1),
             lambda: parse.parse_qsl("a=1", separator=""), lambda: urlsplit("http://[::1/"),
             lambda: urlsplit("http://[1.2.3.4]/"), lambda: urlsplit("http://[zz]/"), lambda: urlparse("http://h:x/").port,
             lambda: urlparse("http://h:70000/").port, lambda: urlencode("abc"), lambda: urljoin("http://a", b"b"),
             lambda: quote(123)]:
    try:
        print("no error:", call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

query = {"name": "Ann Lee", "tags": ["a", "b"], "n": 3, "raw": b"\xff&", "x/y": "1/2"}
print(urlencode(query), urlencode(query, doseq=True), urlencode(query, safe="/"))
print(urlencode([("k", "v1"), ("k", "v2")]), urlencode({"s": "a b"}, quote_via=quote), urlencode({}))
