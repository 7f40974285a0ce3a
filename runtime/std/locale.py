"""Locale support, for the only locales Edge Python has: C (POSIX) and its UTF-8 variant.

As in CPython started in a C.UTF-8 environment, LC_CTYPE is "C.UTF-8" and the other
categories "C"; setlocale(category, "") picks C.UTF-8 whatever the environment names, and
setting any other locale fails with locale.Error. Numbers format as in the C locale: '.' for
the decimal point, no grouping, no currency."""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

# The categories, numbered as glibc numbers them.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in the order its composite LC_ALL names list them (LC_ALL excluded).
_CATEGORY_NAMES = ((0, "LC_CTYPE"), (1, "LC_NUMERIC"), (2, "LC_TIME"), (3, "LC_COLLATE"),
                   (4, "LC_MONETARY"), (5, "LC_MESSAGES"), (7, "LC_PAPER"), (8, "LC_NAME"),
                   (9, "LC_ADDRESS"), (10, "LC_TELEPHONE"), (11, "LC_MEASUREMENT"),
                   (12, "LC_IDENTIFICATION"))
_ALL_CATEGORIES = tuple(c for c, _ in _CATEGORY_NAMES)


class Error(Exception):
    pass


Error.__module__ = "locale"

_current = {c: "C" for c in _ALL_CATEGORIES}
_current[LC_CTYPE] = "C.UTF-8"

# The names glibc accepts for its built-in locales; POSIX is reported as C.
_KNOWN = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.utf8"}


def _locale_name(category):
    if category != LC_ALL:
        return _current[category]
    names = [_current[c] for c in _ALL_CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    return ";".join("%s=%s" % (name, _current[c]) for c, name in _CATEGORY_NAMES)


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category != LC_ALL and category not in _current:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is None:
        return _locale_name(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s" % type(locale).__name__)
    name = "C.UTF-8" if locale == "" else _KNOWN.get(locale)
    if name is None:
        raise Error("unsupported locale setting")
    for c in (_ALL_CATEGORIES if category == LC_ALL else (category,)):
        _current[c] = name
    return _locale_name(category)


def setlocale(category, locale=None):
    """Set the locale for the given category; with no locale, return the current one."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def localeconv():
    """The numeric and monetary conventions of the C locale."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2, /):
    """Compare two strings by the collation of the locale: code points, in C."""
    for i, s in enumerate((os1, os2)):
        if not isinstance(s, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s" % (i + 1, type(s).__name__))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """The string that compares as string collates: itself, in C."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


# ---- number formatting (the C locale groups nothing and uses '.') ----

def format_string(f, val, grouping=False, monetary=False):
    """Format val by the %-format f, as the locale formats numbers."""
    if not monetary:
        return f % val
    # The C locale's monetary decimal point is empty: each float conversion loses its '.'.
    import re
    mapping = isinstance(val, dict)
    values = val if mapping or isinstance(val, tuple) else (val,)
    pieces = []
    taken = 0
    pos = 0
    for m in re.finditer(r'%(?:\((?P<key>.*?)\))?[-#0-9 +*.hlL]*?[eEfFgGdiucrsa%]', f):
        pieces.append(f[pos:m.start()])
        pos = m.end()
        spec = m.group()
        if spec == '%%':
            pieces.append('%')
            continue
        if mapping:
            text = spec % val
        else:
            stars = spec.count('*')
            text = spec % tuple(values[taken:taken + stars + 1])
            taken += stars + 1
        if spec[-1] in 'eEfFgG':
            text = localize(text, grouping, monetary)
        pieces.append(text)
    pieces.append(f[pos:])
    return ''.join(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as money: impossible in the C locale."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert a float to a string, as str() but by the locale's decimal point."""
    return "%.12g" % val


def delocalize(string):
    """The string with the locale's separators replaced by Python's: unchanged in C."""
    return string


def localize(string, grouping=False, monetary=False):
    """The number string with the locale's separators: the C locale's monetary decimal
    point is empty, its other separators Python's."""
    return string.replace('.', '') if monetary else string


def atof(string, func=float):
    """Parse a number string by the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """Parse an integer string by the locale's conventions."""
    return int(delocalize(string))


# ---- locale names ----

def getencoding():
    """The encoding of the locale: UTF-8, as Edge Python reads and writes text."""
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8."""
    return "UTF-8"


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale; (None, None) for C."""
    name = _setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) the environment names (deprecated)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    import os
    for variable in envvars:
        name = os.environ.get(variable)
        if name:
            if variable == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


# A few entries of CPython's alias table: the C locale's names and the common languages.
locale_encoding_alias = {
    'utf8': 'UTF-8', 'latin1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15', 'ascii': 'ISO8859-1',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'koi8r': 'KOI8-R', 'cp1252': 'CP1252',
    'gb2312': 'gb2312', 'gbk': 'GBK', 'big5': 'big5',
}

locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'C.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'posix': 'C', 'posix-utf2': 'C',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
    'en_ca': 'en_CA.ISO8859-1', 'en_au': 'en_AU.ISO8859-1', 'en_in': 'en_IN.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_ch': 'de_CH.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_ca': 'fr_CA.ISO8859-1', 'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1',
    'es_mx': 'es_MX.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1', 'sv': 'sv_SE.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'fi_fi': 'fi_FI.ISO8859-15', 'no': 'no_NO.ISO8859-1',
    'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2', 'ru': 'ru_RU.UTF-8',
    'ru_ru': 'ru_RU.UTF-8', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5', 'tr': 'tr_TR.ISO8859-9', 'tr_tr': 'tr_TR.ISO8859-9',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'he': 'he_IL.ISO8859-8',
    'he_il': 'he_IL.ISO8859-8', 'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2',
    'hu': 'hu_HU.ISO8859-2', 'hu_hu': 'hu_HU.ISO8859-2', 'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U', 'en_us@euro': 'en_US.ISO8859-15',
    'de_de@euro': 'de_DE.ISO8859-15', 'fr_fr@euro': 'fr_FR.ISO8859-15',
    'es_es@euro': 'es_ES.ISO8859-15', 'it_it@euro': 'it_IT.ISO8859-15',
    'nl_nl@euro': 'nl_NL.ISO8859-15',
}

windows_locale = {0x0409: "en_US", 0x0809: "en_GB", 0x0407: "de_DE", 0x040c: "fr_FR",
                  0x0c0a: "es_ES", 0x0410: "it_IT", 0x0411: "ja_JP", 0x0804: "zh_CN"}


def _normalized_encoding(encoding):
    """The encoding name folded as CPython folds it for the alias tables."""
    return ''.join(c for c in encoding.lower() if c.isalnum())


def _replace_encoding(code, encoding):
    if '.' in code:
        langname = code[:code.index('.')]
    else:
        langname = code
    norm = _normalized_encoding(encoding)
    encoding = locale_encoding_alias.get(norm, encoding)
    return langname + '.' + encoding


def normalize(localename):
    """The locale name in the form setlocale() expects (language_TERRITORY.ENCODING), from
    the aliases CPython knows; unknown names unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    lookup = lang_enc + ('@' + modifier if modifier else '')
    found = locale_alias.get(lookup)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return found + '@' + modifier
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ('@' + modifier if modifier else ''))
        if found is None and modifier:
            found = locale_alias.get(langname)
        if found is not None:
            found = _replace_encoding(found.split('@')[0], encoding)
            return found + ('@' + modifier if modifier and '@' not in found else '')
    return localename


# ---- nl_langinfo, answered for the C locale ----

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10,
 ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LANGINFO = {CODESET: "UTF-8", RADIXCHAR: ".", THOUSEP: "", AM_STR: "AM", PM_STR: "PM",
             D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
             T_FMT_AMPM: "%I:%M:%S %p", ERA: "", ERA_D_FMT: "", ALT_DIGITS: "",
             ERA_D_T_FMT: "", ERA_T_FMT: "", CRNCYSTR: "-", YESEXPR: "^[yY]",
             NOEXPR: "^[nN]"}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key, /):
    """The locale's answer to one of the nl_langinfo constants."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key == CODESET and _current[LC_CTYPE] == "C":
        return "ANSI_X3.4-1968"
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


# ---- message catalogs: none, so messages are returned as given ----

def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    return domain if domain is not None else "messages"


def bindtextdomain(domain, dir, /):
    return dir if dir is not None else "/usr/share/locale"


def bind_textdomain_codeset(domain, codeset, /):
    return codeset
