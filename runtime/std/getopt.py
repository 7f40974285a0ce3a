"""Parser for command line options in the style of Unix getopt(): getopt() stops at the first
non-option argument, gnu_getopt() lets options and arguments mix (CPython 3.13's getopt)."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A command line option that is unknown, ambiguous, or misses or has an extra argument;
    msg is the message, opt the option concerned."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the start of args (a list, usually sys.argv[1:]).

    shortopts holds the one-letter options, each followed by ':' when it takes an argument;
    longopts the long option names, each followed by '=' when it takes one. Returns
    (list of (option, value) pairs, remaining arguments)."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        opts, args = _take_option(opts, args, shortopts, longopts)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow arguments, unless shortopts starts with '+' or
    POSIXLY_CORRECT is set in the environment."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        import os
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    opts = []
    operands = []
    while args:
        arg = args[0]
        if arg == '--':
            operands += args[1:]
            break
        if arg.startswith('-') and arg != '-':
            opts, args = _take_option(opts, args, shortopts, longopts)
        elif options_first:
            operands += args
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands


def _take_option(opts, args, shortopts, longopts):
    """Consume the option word args[0] (and its argument when it is the next word)."""
    if args[0].startswith('--'):
        return _long_option(opts, args[0][2:], longopts, args[1:])
    return _short_options(opts, args[0][1:], shortopts, args[1:])


def _long_option(opts, word, longopts, args):
    name, eq, value = word.partition('=')
    value = value if eq else None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _match_long(name, longopts):
    """(takes an argument, full name) of the long option that name is or abbreviates."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short_options(opts, letters, shortopts, args):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_arg(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, args = args[0], args[1:]
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return opts, args


def _short_takes_arg(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
