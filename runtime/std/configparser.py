"""Configuration file parser: INI-style sections of `key = value` options, with defaults,
value interpolation and the mapping protocol, as CPython 3.13's configparser behaves."""

import re
from _collections_abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError", "ConfigParser", "RawConfigParser", "Interpolation",
           "BasicInterpolation", "ExtendedInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _UnnamedSection:
    def __repr__(self):
        return "<UNNAMED_SECTION>"


UNNAMED_SECTION = _UnnamedSection()

# Distinguishes "no fallback given" from an explicit fallback of None.
_UNSET = object()


class Error(Exception):
    """Base class for configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno):
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source, or added twice."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            msg = "Section %r already exists" % (section,)
        else:
            msg = "%s: section %r already exists" % (_where(source, lineno), section)
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised when an option is repeated within one section of an input source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + what
        else:
            msg = "%s: option %s" % (_where(source, lineno), what)
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an interpolation "
               "key {!r} which is not a valid option name. Raw value: {!r}"
               .format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid interpolation syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
               "contains an interpolation key which cannot be substituted in {} steps. "
               "Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))

    def combine(self, others):
        for other in others:
            for error in other.errors:
                self.append(*error)
        return self


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """Raised when a key without value is followed by continuation line."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\n"
                       "file: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared engine of the `%(name)s` and `${section:name}` syntaxes: `marker` doubled is a
    literal marker, `marker` + `opener` starts a reference that `_KEYCRE` matches."""

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        rest = self._KEYCRE.sub('', value.replace(self._marker * 2, ''))
        if self._marker in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(self._marker)))
        return value

    def _expand(self, parser, option, out, rest, section, lookup, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        marker = self._marker
        while rest:
            at = rest.find(marker)
            if at < 0:
                out.append(rest)
                return
            out.append(rest[:at])
            rest = rest[at:]
            follower = rest[1:2]
            if follower == marker:
                out.append(marker)
                rest = rest[2:]
                continue
            if follower != self._opener:
                raise InterpolationSyntaxError(
                    option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (marker, marker, self._opener, rest))
            m = self._KEYCRE.match(rest)
            if m is None:
                raise InterpolationSyntaxError(option, section,
                                               "bad interpolation variable reference %r" % rest)
            rest = rest[m.end():]
            self._substitute(parser, option, out, m.group(1), rest, section, lookup, rawval, depth)


class BasicInterpolation(_MarkerInterpolation):
    """`%(name)s` refers to another option of the same section (or DEFAULT); `%%` is a
    literal percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _marker = "%"
    _opener = "("

    def _substitute(self, parser, option, out, name, rest, section, lookup, rawval, depth):
        key = parser.optionxform(name)
        try:
            value = lookup[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, key) from None
        if "%" in value:
            self._expand(parser, option, out, value, section, lookup, depth + 1)
        else:
            out.append(value)


class ExtendedInterpolation(_MarkerInterpolation):
    """`${name}` refers to an option of the same section, `${section:name}` to one in any
    section; `$$` is a literal dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _marker = "$"
    _opener = "{"

    def _substitute(self, parser, option, out, name, rest, section, lookup, rawval, depth):
        path = name.split(':')
        sect = section
        opt = option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                value = lookup[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                value = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None
        if "$" in value:
            self._expand(parser, opt, out, value, sect, dict(parser.items(sect, raw=True)), depth + 1)
        else:
            out.append(value)


class _Lookup:
    """Read-only view of the per-call vars, then the section, then the defaults (the first
    that has a key wins)."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in m for m in self.maps)


def _strip_line(line, full_prefixes, inline_re):
    """The line without its comment and surrounding whitespace ('' for a comment line)."""
    stripped = line.strip()
    for prefix in full_prefixes:
        if stripped.startswith(prefix):
            return ''
    if inline_re is not None:
        m = inline_re.search(line)
        if m is not None:
            return line[:m.start()].strip()
    return stripped


class RawConfigParser(MutableMapping):
    """ConfigParser without interpolation by default."""

    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET, allow_unnamed_section=False):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            delim = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=delim))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        if self._inline_comment_prefixes:
            self._inline_re = re.compile('|'.join(r'(^|\s)(%s)' % re.escape(p)
                                                  for p in self._inline_comment_prefixes))
        else:
            self._inline_re = None
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            " got an object of type %s" % type(self._interpolation))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)
        self._allow_unnamed_section = allow_unnamed_section

    def defaults(self):
        return self._defaults

    def sections(self):
        """A list of section names, excluding [DEFAULT]."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new section; ValueError for the default section's name,
        DuplicateSectionError if it exists."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The option names of a section, followed by those only in the defaults."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Read and parse the files that can be opened, skipping the others; returns the
        names of those read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, "__fspath__"):
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if hasattr(filename, "__fspath__"):
                filename = filename.__fspath__()
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Parse a configuration from an iterable of lines (a file object)."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        # Lines end at '\n' only, as when reading a StringIO of the string.
        lines = string.split('\n')
        last = lines.pop()
        lines = [line + '\n' for line in lines]
        if last:
            lines.append(last)
        self._read(lines, source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections and options from a mapping of mappings; keys and values become
        strings."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value of a section, interpolated unless raw; vars and then the
        defaults are searched too."""
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def __getattr__(self, name):
        # Getters for user converters (`converters={'list': f}` gives getlist).
        if name.startswith("get") and name != "get":
            conv = self.__dict__.get("_converters")
            if conv is not None and name[3:] in conv._data and conv._data[name[3:]] is not None:
                func = conv._data[name[3:]]

                def getter(section, option, **kwargs):
                    return self._get_conv(section, option, func, **kwargs)
                return getter
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, SectionProxy) pairs of every section including DEFAULT;
        with one, a list of (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove and return the first section as (name, SectionProxy); never DEFAULT."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the section (or, for '' / DEFAULT, the defaults) has the option."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini representation of the configuration to a text file."""
        if space_around_delimiters:
            delimiter = " %s " % (self._delimiters[0],)
        else:
            delimiter = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        if UNNAMED_SECTION in self._sections:
            self._write_section(fp, UNNAMED_SECTION, self._sections[UNNAMED_SECTION].items(),
                                delimiter, unnamed=True)
        for section in self._sections:
            if section is UNNAMED_SECTION:
                continue
            self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("%s%s\n" % (key, value))
        if not unnamed:
            fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; returns whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        existed = option in options
        if existed:
            del options[option]
        return existed

    def remove_section(self, section):
        """Remove a section; returns whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Assigning a section its own proxy must not wipe it before reading it back.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections.keys())

    def _read(self, lines, source):
        """Parse lines into the sections; parsing errors are collected and raised together at
        the end, after the values read so far are stored."""
        try:
            errors = self._read_lines(lines, source)
            if errors:
                raise errors[0].combine(errors[1:])
        finally:
            self._join_multiline_values()

    def _read_lines(self, lines, source):
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        added = set()
        errors = []
        lineno = 0
        for line in lines:
            lineno += 1
            clean = _strip_line(line, self._comment_prefixes, self._inline_re)
            if not clean:
                if self._empty_lines_in_values:
                    has_comment = line.strip() != clean
                    if (not has_comment and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = 1 << 62
                continue
            m = self.NONSPACECRE.search(line)
            cur_indent = m.start() if m else 0
            if cursect is not None and optname and cur_indent > indent_level:
                if cursect[optname] is None:
                    raise MultilineContinuationError(source, lineno, line)
                cursect[optname].append(clean)
                continue
            if self._allow_unnamed_section and cursect is None:
                sectname, cursect = self._enter_section(UNNAMED_SECTION, added, source, lineno)
                optname = None
            indent_level = cur_indent
            m = self.SECTCRE.match(clean)
            if m:
                sectname, cursect = self._enter_section(m.group('header'), added, source, lineno)
                optname = None
                continue
            if cursect is None:
                raise MissingSectionHeaderError(source, lineno, line)
            m = self._optcre.match(clean)
            if not m:
                errors.append(ParsingError(source, lineno, line))
                continue
            optname, optval = m.group('option', 'value')
            if not optname:
                errors.append(ParsingError(source, lineno, line))
            optname = self.optionxform(optname.rstrip())
            if self._strict and (sectname, optname) in added:
                raise DuplicateOptionError(sectname, optname, source, lineno)
            added.add((sectname, optname))
            cursect[optname] = None if optval is None else [optval.strip()]
        return errors

    def _enter_section(self, name, added, source, lineno):
        if name in self._sections:
            if self._strict and name in added:
                raise DuplicateSectionError(name, source, lineno)
            section = self._sections[name]
        elif name == self.default_section:
            section = self._defaults
        else:
            section = self._dict()
            self._sections[name] = section
            self._proxies[name] = SectionProxy(self, name)
        added.add(name)
        return name, section

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults)]
        everything.extend(self._sections.items())
        for section, options in everything:
            for name, value in list(options.items()):
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _unify_values(self, section, vars):
        """The lookup order of get(): vars, then the section, then the defaults."""
        try:
            options = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            options = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                extra[self.optionxform(key)] = value
        return _Lookup(extra, options, self._defaults)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation (`%(name)s` by default)."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Defaults given to the constructor are stored without interpolation checks.
        kept = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SectionProxy(MutableMapping):
    """A view of one section of a parser, as a mapping of its options."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getint, **kwargs)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getfloat, **kwargs)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getboolean, **kwargs)

    def __getattr__(self, name):
        if name.startswith("get") and name != "get" and not name.startswith("__"):
            parser = self.__dict__.get("_parser")
            if parser is not None and name[3:] in parser._converters._data:
                impl = getattr(parser, name)

                def getter(option, fallback=None, *, raw=False, vars=None, **kwargs):
                    return self.get(option, fallback, raw=raw, vars=vars, _impl=impl, **kwargs)
                return getter
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))


class ConverterMapping(MutableMapping):
    """The parser's type converters by name (`int` gives getint); adding one adds the getter
    to the parser and its sections."""

    def __init__(self, parser):
        self._parser = parser
        self._data = {'int': int, 'float': float, 'boolean': parser._convert_to_boolean}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
