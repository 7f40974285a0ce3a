# locale in the C locale (LC_CTYPE C.UTF-8, as CPython starts in a C.UTF-8 environment):
# names, conventions, number formatting and parsing, nl_langinfo.
import locale

print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(),
      locale.getpreferredencoding(False), locale.getencoding())
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_NUMERIC, locale.LC_ALL, locale.CHAR_MAX)
print(locale.localeconv())
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ""), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, "POSIX"), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, "C.utf8"), locale.setlocale(locale.LC_ALL, ("C", "UTF-8")))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(locale.LC_ALL))
for bad in ["de_DE", "xx", "en_US.UTF-8"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(99)
except locale.Error as e:
    print("Error", e)
print(issubclass(locale.Error, Exception), locale.Error.__module__)

print(locale.format_string("%d %s %.2f", (1234567, "x", 1234.5), grouping=True))
print(locale.format_string("%(a)s-%(b).2f", {"a": 1, "b": 2.5}), locale.format_string("%s", "abc"))
print(locale.format_string("%d", 5), locale.format_string("%e", 12345.678, grouping=True))
print(locale.format_string("%g %x %i %5.1f|%-6d|%%", (1e20, 255, 3, 1.25, 42)))
print(locale.format_string("%.3f", -1234.5, grouping=True, monetary=True))
print(locale.str(1.5), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(3))
print(locale.atof("1.5"), locale.atof("  2.5 "), locale.atof("1e3"), locale.atoi("12"), locale.atoi(" -7 "))
print(locale.atof("3", int), locale.delocalize("1,234.5"), repr(locale.delocalize(" 12 ")))
print(locale.localize("1234.5", grouping=True), locale.localize("-1234567.891", True, True))
for f in [lambda: locale.atof("1,234"), lambda: locale.atof("abc"), lambda: locale.atoi("1.5"),
          lambda: locale.currency(1.5), lambda: locale.currency(2, symbol=False)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strcoll("c", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "C", "a", "B"], key=locale.strxfrm), sorted(["b", "a"], key=locale.strxfrm) == ["a", "b"])
for name in ["CODESET", "RADIXCHAR", "THOUSEP", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM",
             "AM_STR", "PM_STR", "DAY_1", "DAY_7", "ABDAY_2", "MON_1", "MON_12", "ABMON_5",
             "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA", "ALT_DIGITS"]:
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
try:
    locale.nl_langinfo(99999)
except ValueError as e:
    print("ValueError", e)
for x in ["en_US", "en_us.utf8", "de_DE", "de_DE.utf8", "fr_FR@euro", "C.UTF-8", "POSIX", "c",
          "ja_JP.eucjp", "en_US.ISO-8859-15", "xx_YY", "xx_YY.utf8", "en_GB.UTF-8",
          "zh_CN.UTF-8", "en", "C.ascii", "ru_RU.KOI8-R", "pt_BR", "es_ES.latin1"]:
    print(x, "->", locale.normalize(x))
print(locale.gettext("hi"), locale.dgettext(None, "m"), locale.dcgettext(None, "m", locale.LC_MESSAGES))
print(locale.format_string("%.1f and %d, %s %%", (2.5, 3, 1.5), monetary=True))
print(locale.format_string("%(x).2f/%(y)s", {"x": 1.25, "y": "s"}, monetary=True))
print(locale.format_string("%*.*f|%e", (8, 2, 3.14159, 1.5), monetary=True))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.nl_langinfo(locale.CODESET))
