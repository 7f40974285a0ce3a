"""Read and write CSV files: reader, writer, DictReader, DictWriter and dialects, quoting and
escaping as CPython's _csv does."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Returns the largest field a reader accepts; with an argument, sets it."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be a unicode character or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be a unicode character, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


class _Dialect:
    """A validated, read-only set of formatting parameters (CPython's _csv.Dialect)."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for Dialect()" % next(iter(kwargs)))
        quoting = values.get("quoting", QUOTE_MINIMAL)
        if type(quoting) is not int and not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer, not %s' % type(quoting).__name__)
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self.delimiter = _char("delimiter", values.get("delimiter", ","), False)
        self.quotechar = _char("quotechar", values.get("quotechar", '"'), True)
        self.escapechar = _char("escapechar", values.get("escapechar", None), True)
        self.doublequote = bool(values.get("doublequote", True))
        self.skipinitialspace = bool(values.get("skipinitialspace", False))
        self.strict = bool(values.get("strict", False))
        terminator = values.get("lineterminator", "\r\n")
        if terminator is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string, not %s' % type(terminator).__name__)
        self.lineterminator = terminator
        if self.quotechar is None and "quoting" not in values:
            # No quote character and no quoting asked for: nothing is quoted.
            quoting = QUOTE_NONE
        self.quoting = quoting
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.delimiter in (" ", self.quotechar, self.escapechar, "\n", "\r") and self.delimiter != " ":
            raise ValueError("bad delimiter or quotechar value")
        for ch in (self.quotechar, self.escapechar):
            if ch is not None and ch in "\n\r":
                raise ValueError("bad escapechar or quotechar value")
        if self.escapechar is not None and self.escapechar == self.quotechar:
            raise ValueError("bad escapechar or quotechar value")

    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)


class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class _Writer:
    def __init__(self, fileobj, dialect=None, **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = _Dialect(dialect, **fmtparams)
        # The characters that make a field need quoting or escaping (the dialect is frozen).
        self._special = frozenset(d.delimiter + "\n\r" + (d.escapechar or "") + (d.quotechar or ""))

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        count = 0
        special = self._special
        for field in fields:
            count += 1
            quoting = d.quoting
            if quoting == QUOTE_MINIMAL:
                # The common case, in line: a field with nothing to quote is written as is.
                text = field if type(field) is str else "" if field is None else str(field)
                out.append(text if special.isdisjoint(text) else self._field(text, False))
                continue
            if field is None:
                text = ""
                quoted = quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
            else:
                text = field if isinstance(field, str) else str(field)
                if quoting == QUOTE_NONNUMERIC:
                    quoted = not _is_number(field)
                elif quoting == QUOTE_STRINGS:
                    quoted = isinstance(field, str)
                else:
                    quoted = quoting in (QUOTE_ALL, QUOTE_NOTNULL)
            out.append(self._field(text, quoted))
        if count == 1 and out[0] == "":
            if d.quoting == QUOTE_NONE or (d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL) and d.quotechar is not None):
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2 if d.quotechar is not None else ""
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def _field(self, text, quoted):
        d = self.dialect
        quotechar = d.quotechar
        escapechar = d.escapechar
        if quotechar is None or d.quoting == QUOTE_NONE:
            quotechar = None
        if self._special.isdisjoint(text):
            return quotechar + text + quotechar if quoted and quotechar else text
        parts = []
        for ch in text:
            if ch == quotechar and quotechar is not None:
                if d.doublequote:
                    parts.append(ch + ch)
                    quoted = True
                elif escapechar is not None:
                    parts.append(escapechar + ch)
                else:
                    raise Error("need to escape, but no escapechar set")
                continue
            if ch == escapechar:
                parts.append(escapechar + ch)
                continue
            if ch == d.delimiter or ch in "\n\r" or ch == d.quotechar:
                if quotechar is not None:
                    quoted = True
                elif escapechar is not None:
                    parts.append(escapechar + ch)
                    continue
                else:
                    raise Error("need to escape, but no escapechar set")
            parts.append(ch)
        text = "".join(parts)
        if quoted:
            return quotechar + text + quotechar
        return text

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **fmtparams):
    """A writer of rows to fileobj (anything with a write method)."""
    return _Writer(fileobj, dialect, **fmtparams)


# Reader states.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD = range(5)
_ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(5, 9)
_EOL = None


def _unquoted_value(text, quoting):
    """An unquoted field as the reader returns it: a float under QUOTE_NONNUMERIC and
    QUOTE_STRINGS, None for an empty one under QUOTE_NOTNULL and QUOTE_STRINGS."""
    if text and quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
        return float(text)
    if not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
        return None
    return text


class _Reader:
    def __init__(self, iterable, dialect=None, **fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._unquoted = True
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._plain_record(line)
                if fields is not None:
                    self._fields = fields
                    break
            for ch in line:
                self._process(ch)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _plain_record(self, line):
        """The fields of a whole line with no quote, escape or embedded line break, split at
        once (what the state machine below would make of it, character by character); None
        for any other line."""
        d = self.dialect
        body = line
        if body.endswith("\n"):
            body = body[:-2] if body.endswith("\r\n") else body[:-1]
        elif body.endswith("\r"):
            body = body[:-1]
        if "\n" in body or "\r" in body:
            return None
        if d.quoting != QUOTE_NONE and d.quotechar is not None and d.quotechar in body:
            return None
        if d.escapechar is not None and d.escapechar in body:
            return None
        if d.skipinitialspace and d.delimiter == " ":
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        quoting = d.quoting
        if len(body) <= _field_limit and quoting in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONE):
            return fields
        for i, text in enumerate(fields):
            if len(text) > _field_limit:
                return None
            fields[i] = _unquoted_value(text, quoting)
        return fields

    def _add(self, ch):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(ch)

    def _save_field(self):
        text = "".join(self._field)
        if self._unquoted:
            text = _unquoted_value(text, self.dialect.quoting)
        self._fields.append(text)
        self._field = []
        self._unquoted = True

    def _process(self, c):
        d = self.dialect
        state = self._state
        quotechar = d.quotechar if d.quoting != QUOTE_NONE else None
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in "\n\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == quotechar and quotechar is not None:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar and c is not None:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c is not _EOL and c in "\n\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar and c is not None:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar and c is not None:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == quotechar and quotechar is not None:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if c == quotechar and c is not None:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in "\n\r":
                raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")


def reader(iterable, dialect=None, **fmtparams):
    """A reader of rows (lists of str) from an iterable of lines."""
    return _Reader(iterable, dialect, **fmtparams)


class DictReader:
    """Reads rows as dicts keyed by the header row (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        return cls


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # A quoted field sits between delimiters (or line ends): count, per quote character,
        # the delimiter seen right after the closing quote.
        quotes = {}
        delims = {}
        spaces = 0
        n = len(data)
        for q in ("'", '"'):
            i = 0
            while i < n:
                if data[i] != q:
                    i += 1
                    continue
                j = i - 1
                space_before = j >= 0 and data[j] == " "
                while j >= 0 and data[j] == " ":
                    j -= 1
                before = data[j] if j >= 0 else "\n"
                end = data.find(q, i + 1)
                if end < 0:
                    break
                k = end + 1
                after = data[k] if k < n else "\n"
                ok_before = before in "\n\r" or not (before.isalnum() or before == q)
                ok_after = after in "\n\r" or not (after.isalnum() or after == q)
                if ok_before and ok_after and end > i + 1:
                    quotes[q] = quotes.get(q, 0) + 1
                    for ch in (before, after):
                        if ch not in "\n\r" and (delimiters is None or ch in delimiters):
                            delims[ch] = delims.get(ch, 0) + 1
                    if space_before:
                        spaces += 1
                i = end + 1
        if not quotes:
            return "", False, None, 0
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        doublequote = (quotechar * 2) in data
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        # The delimiter is the character occurring equally often on the most lines.
        lines = [line for line in data.split("\n") if line]
        if not lines:
            return "", 0
        candidates = {}
        for ch in set(data):
            if ch.isalnum() or ch in "\n\r\"'" or (delimiters is not None and ch not in delimiters):
                continue
            counts = [line.count(ch) for line in lines]
            if not any(counts):
                continue
            freq = {}
            for c in counts:
                freq[c] = freq.get(c, 0) + 1
            mode, hits = max(freq.items(), key=lambda kv: (kv[1], kv[0]))
            if mode == 0:
                continue
            candidates[ch] = hits / len(lines)
        if not candidates:
            return "", 0
        best = max(candidates.values())
        chosen = [ch for ch, score in candidates.items() if score == best]
        delim = None
        for ch in self.preferred:
            if ch in chosen:
                delim = ch
                break
        if delim is None:
            delim = sorted(chosen)[0]
        skipinitialspace = data.count(delim + " ") == data.count(delim)
        return delim, skipinitialspace

    def has_header(self, sample):
        rdr = reader(sample.splitlines(), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types):
                thistype = str
                for typ in (int, float, complex):
                    try:
                        typ(row[col])
                        thistype = typ
                        break
                    except (ValueError, OverflowError):
                        pass
                if thistype is str:
                    thistype = len(row[col])
                if thistype != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thistype
                    else:
                        del column_types[col]
        votes = 0
        for col, coltype in column_types.items():
            if type(coltype) is int:
                votes += 1 if len(header[col]) != coltype else -1
            else:
                try:
                    coltype(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
