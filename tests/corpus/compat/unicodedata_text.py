# unicodedata: the slugify / accent-stripping / display-width idioms of web code.
import unicodedata
import re
def slugify(value):
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
for t in ["Crème Brûlée à la carte", "Ångström ﬁnal Ⅻ ½", "Straße", "Привет, мир", "日本語テキスト", "ｆｕｌｌｗｉｄｔｈ", "naïve café"]:
    print(slugify(t), "|", strip_accents(t), "|", [unicodedata.normalize(f, t) == t for f in ("NFC", "NFD", "NFKC", "NFKD")])
s = "e\u0301\u0323 \u1100\u1161\u11a8 \uac01 Å"
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    print(f, ascii(unicodedata.normalize(f, s)), unicodedata.is_normalized(f, s))
for c in "aA1 ½²٣é\u0301\u4e00\uff21\u200b\U0001F600-":
    print(ascii(c), unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)), unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
print(unicodedata.unidata_version)
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
print(width("abc日本語e\u0301"))
for bad in [lambda: unicodedata.category("ab"), lambda: unicodedata.category(5), lambda: unicodedata.normalize("X", "a"),
            lambda: unicodedata.normalize("NFC", 5), lambda: unicodedata.decimal("a"), lambda: unicodedata.digit("x"),
            lambda: unicodedata.numeric("x"), lambda: unicodedata.decimal("ab"), lambda: unicodedata.combining("")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
samples = "Ǆǅǆ ﬀ ẞ ᾳ ΐ Ω K Å ḱ ṩ ḍ̇ q̣̇ ﷺ ㎒ ① ⁵ ₂ ⅓ ℌ ℍ 𝐀 가 각 힣 ᄀ ᅡ ᆨ"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    out = unicodedata.normalize(form, samples)
    print(form, len(out), ascii(out))
print(sum(1 for cp in range(0x3000) if unicodedata.category(chr(cp)) == "Lu"),
      sum(unicodedata.combining(chr(cp)) for cp in range(0x300, 0x370)),
      sum(1 for cp in range(0xD800) if unicodedata.decomposition(chr(cp))),
      sum(unicodedata.numeric(chr(cp), 0) for cp in range(0x2150, 0x2190)))
