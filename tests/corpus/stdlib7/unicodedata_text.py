# unicodedata as text-processing code uses it: slugs, accent folding, a category-driven
# tokenizer, terminal column widths, caseless matching, named characters and numerals.
import re
import unicodedata


def slugify(value, allow_unicode=False):
    value = str(value)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def tokenize(text):
    """Words (letters, marks, digits), numbers and symbols, by Unicode category."""
    tokens, current, kind = [], "", None
    for c in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(c)
        k = "word" if cat[0] in "LM" or cat == "Nd" else "space" if cat[0] == "Z" or c.isspace() else cat
        if k == kind and k == "word":
            current += c
            continue
        if current and kind != "space":
            tokens.append((kind, current))
        current, kind = c, k
    if current and kind != "space":
        tokens.append((kind, current))
    return tokens


def width(text):
    cols = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        cols += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return cols


def caseless_equal(a, b):
    nfkd = lambda s: unicodedata.normalize("NFKD", s)
    return nfkd(nfkd(a).casefold()) == nfkd(nfkd(b).casefold())


titles = ["Crème Brûlée à la carte!", "Ångström & Ωmega: ﬁnance 2024", "Straße № 5 — ½ price",
          "  Hello,   World!  ", "Ünïcödé çà et là", "日本語のタイトル", "Ελληνικά κείμενα", "naïve café résumé"]
for t in titles:
    print(repr(slugify(t)), repr(slugify(t, allow_unicode=True)), repr(strip_accents(t)))

print(tokenize("Prix: 12,50 € (TTC) — naïve café №5 ½ x² 한국어 ✓ done."))

table = [("name", "city"), ("José", "São Paulo"), ("王小明", "北京"), ("Zoë", "Zürich"), ("ｆｕｌｌ", "ﾊﾝｶｸ")]
w = max(width(a) for a, _ in table)
for a, b in table:
    print(a + " " * (w - width(a)) + " | " + b)

print(caseless_equal("Straße", "STRASSE"), caseless_equal("ﬁle", "FILE"), caseless_equal("Å", "Å"))

for c in "A€☃😀é\u0301ǅ٣Ⅻ½":
    print("U+%04X" % ord(c), unicodedata.name(c, "?"), unicodedata.category(c), unicodedata.bidirectional(c),
          unicodedata.numeric(c, None))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("greek small letter alpha"), "\N{EURO SIGN}" == unicodedata.lookup("EURO SIGN"))
digits = "٣٤٥ ۱۲ ४२ ３"
print([sum(unicodedata.decimal(c) * 10 ** i for i, c in enumerate(reversed(part))) for part in digits.split()])
print(unicodedata.is_normalized("NFC", "é"), unicodedata.is_normalized("NFC", "e\u0301"), unicodedata.unidata_version)
try:
    unicodedata.lookup("NO SUCH CHARACTER")
except KeyError as e:
    print("KeyError", e)
