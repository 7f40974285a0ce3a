"""Command-line parsing (argparse), written for Edge Python to print what CPython 3.13's
argparse prints: the same usage and help layout (80-column default, or $COLUMNS), the same
error messages on stderr and exit status 2.

Supported: positional and optional arguments (long, short, combined short flags, -xVALUE,
--opt=value, unique prefixes), the actions store/store_const/store_true/store_false/append/
append_const/extend/count/help/version (and Action subclasses), nargs (None, N, '?', '*',
'+', REMAINDER), type, choices, default, required, metavar, dest, argument groups, mutually
exclusive groups, subparsers, parents, set_defaults, parse_known_args, the Raw*/
ArgumentDefaults help formatters, exit_on_error. Not supported: intermixed parsing,
fromfile_prefix_chars, conflict_handler='resolve', BooleanOptionalAction.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter",
    "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
    "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER",
    "REMAINDER", "SUPPRESS", "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """Simple object for storing attributes; repr lists them."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append(f"{name}={value!r}")
            else:
                star[name] = value
        if star:
            parts.append(f"**{star!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f"argument {self.argument_name}: {self.message}"


class ArgumentTypeError(Exception):
    """An error from a type= function, reported with its own message."""


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# ---- actions ----


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar", "deprecated"]
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__name__}({args})"

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, **kw):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f"nargs must be {OPTIONAL!r} to supply const")
        super().__init__(option_strings, dest, nargs=nargs, const=const, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default, required=required,
                         help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default, required=required,
                         help=help, deprecated=deprecated)


def _copy_items(items):
    if items is None:
        return []
    return list(items) if type(items) is not list else items[:]


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, **kw):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f"nargs must be {OPTIONAL!r} to supply const")
        super().__init__(option_strings, dest, nargs=nargs, const=const, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help, deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(self.version if self.version is not None else parser.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += f" ({', '.join(aliases)})"
            super().__init__([], dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = f"{self._prog_prefix} {name}"
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f"conflicting subparser: {name}")
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f"conflicting subparser alias: {alias}")
        if "help" in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ", ".join(map(repr, self._name_parser_map))
            raise ArgumentError(self, f"unknown parser {name!r} (choices: {choices})") from None
        subnamespace, rest = sub.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
                namespace._UNRECOGNIZED_ARGS_ATTR = []
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(rest)


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")


# ---- help formatting ----


class HelpFormatter:
    """Lays out usage and help text (CPython's layout: 2-column indents, help at column
    min(longest invocation + 4, 24), text wrapped to the width)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._indent = 0
        self._action_max_length = 0
        self._items = []  # (kind, payload) in order

    # Sections are recorded, then rendered once the widest invocation is known.
    def start_section(self, heading):
        self._items.append(("start", heading))
        self._indent += self._indent_increment

    def end_section(self):
        self._indent -= self._indent_increment
        self._items.append(("end", None))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._items.append(("text", (self._indent, text)))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._items.append(("usage", (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        self._note_length(action, self._indent)
        self._items.append(("action", (self._indent, action)))

    def _note_length(self, action, indent):
        length = len(self._format_action_invocation(action)) + indent
        self._action_max_length = max(self._action_max_length, length)
        if hasattr(action, "_get_subactions"):
            for sub in action._get_subactions():
                self._note_length(sub, indent + self._indent_increment)

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        # Render sections bottom-up so an empty one (no content) disappears.
        stack = [[]]
        headings = []
        for kind, payload in self._items:
            if kind == "start":
                stack.append([])
                headings.append(payload)
            elif kind == "end":
                body = "".join(stack.pop())
                heading = headings.pop()
                if body:
                    indent = self._indent_increment * len(headings)
                    head = f"{' ' * indent}{heading}:\n" if heading not in (SUPPRESS, None) else ""
                    stack[-1].append("\n" + head + body + "\n")
            elif kind == "text":
                indent, text = payload
                stack[-1].append(self._format_text(text, indent))
            elif kind == "usage":
                stack[-1].append(self._format_usage(*payload))
            else:
                indent, action = payload
                stack[-1].append(self._format_action(action, indent))
        text = "".join(stack[0])
        text = _re.sub(r"\n\n\n+", "\n\n", text)
        text = text.strip("\n")
        return text + "\n" if text else ""

    # ---- usage ----

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = self._prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = " ".join([self._prog] + opt_parts + pos_parts)
            text_width = self._width - self._indent
            if len(prefix) + len(usage) > text_width:
                usage = "\n".join(self._wrap_usage(prefix, opt_parts, pos_parts, text_width))
        return f"{prefix}{usage}\n\n"

    def _wrap_usage(self, prefix, opt_parts, pos_parts, text_width):
        prog = self._prog

        def lines_of(parts, indent, first_prefix=None):
            lines, line = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line and length + 1 + len(part) > text_width:
                    lines.append(indent + " ".join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            parts = opt_parts + pos_parts
            lines = lines_of(parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent)
                lines.extend(lines_of(pos_parts, indent))
            lines = [prog] + lines
        return lines

    def _usage_parts(self, actions, groups):
        """The usage words of `actions`; mutually exclusive groups as [-a | -b] / (-a | -b)."""
        group_of = {}
        for group in groups:
            if group._group_actions and all(a in actions for a in group._group_actions):
                for a in group._group_actions:
                    group_of[a] = group
        parts, done = [], set()
        for action in actions:
            group = group_of.get(action)
            if group is not None:
                if id(group) in done:
                    continue
                done.add(id(group))
                items = [self._usage_item(a, in_group=True) for a in group._group_actions if a.help is not SUPPRESS]
                items = [i for i in items if i]
                if not items:
                    continue
                text = " | ".join(items)
                if len(items) == 1 and not group.required:
                    parts.append(f"[{text}]")
                elif group.required:
                    parts.append(f"({text})" if len(items) > 1 else text)
                else:
                    parts.append(f"[{text}]")
                continue
            if action.help is SUPPRESS:
                continue
            item = self._usage_item(action)
            if item:
                parts.append(item)
        return parts

    def _usage_item(self, action, in_group=False):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part.startswith("[") and part.endswith("]") and action.nargs in (OPTIONAL, ZERO_OR_MORE):
                part = part[1:-1]
            return part
        option = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = f"{option} {self._format_args(action, default)}"
        if not action.required and not in_group:
            part = f"[{part}]"
        return part

    # ---- actions ----

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            out = [f"{' ' * indent}{header}\n"]
        elif len(header) <= action_width:
            out = [f"{' ' * indent}{header:<{action_width}}  "]
            first = True
        else:
            out = [f"{' ' * indent}{header}\n"]
            first = False
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if first:
                    out.append(lines[0] + "\n")
                    lines = lines[1:]
                for line in lines:
                    out.append(f"{' ' * help_position}{line}\n")
        elif not out[-1].endswith("\n"):
            out.append("\n")
        if hasattr(action, "_get_subactions"):
            for sub in action._get_subactions():
                out.append(self._format_action(sub, indent + self._indent_increment))
        return "".join(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return " ".join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return f"{', '.join(action.option_strings)} {args}"

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{" + ",".join(map(str, action.choices)) + "}"
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size

        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % get(1)
        if nargs == OPTIONAL:
            return "[%s]" % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get(1)
        if nargs == SUPPRESS:
            return ""
        try:
            formats = ["%s" for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(formats) % get(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(map(str, params["choices"]))
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        import textwrap

        text = _re.sub(r"\s+", " ", text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap

        text = _re.sub(r"\s+", " ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, " " * indent) + "\n\n"

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- containers ----

_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
    "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
    "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction,
}


class _ActionsContainer:
    def _init_container(self, description, prefix_chars, argument_default):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise TypeError("dest supplied twice for positional argument,"
                                " did you mean metavar?")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, (str, type(None))) else action_name
        if not callable(action_class):
            raise ValueError(f"unknown action {action_name!r}")
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError(f"{type_func!r} is not callable")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, f"conflicting option string: {option_string}")
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _add_container_actions(self, container):
        title_group = {g.title: g for g in self._action_groups}
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group:
                title_group[group.title] = self.add_argument_group(group.title, group.description)
            for action in group._group_actions:
                group_map[action] = title_group[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError(
                    f"invalid option string {option_string!r}: must start with a character {self.prefix_chars!r}"
                )
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            dest = (long_strings or option_strings)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f"dest= is required for options like {option_strings[0]!r}")
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        self._init_container(description, kwargs.get("prefix_chars", container.prefix_chars),
                             kwargs.get("argument_default", container.argument_default))
        self.title = title
        self._group_actions = []
        self._container = container
        # Share the parser's tables, so options and defaults are the parser's.
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        raise ValueError("argument groups cannot be nested")


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError("mutually exclusive groups cannot be nested")


class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "python"
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler", "add_help"]
        values = [self.prog, self.usage, self.description, self.formatter_class, "error", self.add_help]
        return f"ArgumentParser({', '.join(f'{n}={v!r}' for n, v in zip(names, values))})"

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, "cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_class = kwargs.pop("action", _SubParsersAction)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(f"unrecognized arguments: {' '.join(argv)}")
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(namespace._UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _classify(self, arg_strings):
        """'O' for an option, 'A' for an argument, '-' for the first '--' (after which all
        are arguments), and the option each 'O' names."""
        pattern, options = [], []
        rest_are_args = False
        for s in arg_strings:
            if rest_are_args:
                pattern.append("A")
                options.append(None)
            elif s == "--":
                pattern.append("-")
                options.append(None)
                rest_are_args = True
            else:
                match = self._parse_optional(s)
                pattern.append("A" if match is None else "O")
                options.append(match)
        return "".join(pattern), options

    def _parse_known_args(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                conflicts.setdefault(action, []).extend(group._group_actions[:i] + group._group_actions[i + 1:])
        pattern, options = self._classify(arg_strings)
        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, strings, option_string=None):
            seen.add(action)
            value = self._get_values(action, strings)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, f"not allowed with argument {_action_name(other)}")
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, n in zip(list(positionals), counts):
                strings = arg_strings[start : start + n]
                if action.nargs not in (PARSER, REMAINDER):
                    taken = pattern[start : start + n]
                    if "-" in taken:
                        i = taken.index("-")
                        strings = strings[:i] + strings[i + 1 :]
                start += n
                positionals.remove(action)
                take_action(action, strings)
                if action.nargs == PARSER:
                    return len(arg_strings)
            return start

        def consume_optional(start):
            action, option_string, sep, explicit_arg = options[start]
            chars = self.prefix_chars
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is None:
                    count = self._match_argument(action, pattern[start + 1 :])
                    stop = start + 1 + count
                    take_action(action, arg_strings[start + 1 : stop], option_string)
                    return stop
                count = self._count_for(action, "A")
                if count == 0 and option_string[1] not in chars and explicit_arg != "":
                    # -xyz where -x takes no argument: -y is the next flag.
                    if sep or explicit_arg[0] in chars:
                        raise ArgumentError(action, f"ignored explicit argument {explicit_arg!r}")
                    take_action(action, [], option_string)
                    option_string = option_string[0] + explicit_arg[0]
                    if option_string not in self._option_string_actions:
                        extras.append(option_string[0] + explicit_arg)
                        return start + 1
                    action = self._option_string_actions[option_string]
                    explicit_arg = explicit_arg[1:]
                    if not explicit_arg:
                        sep = explicit_arg = None
                    elif explicit_arg[0] == "=":
                        sep, explicit_arg = "=", explicit_arg[1:]
                    else:
                        sep = ""
                    continue
                if count == 1:
                    take_action(action, [explicit_arg], option_string)
                    return start + 1
                raise ArgumentError(action, f"ignored explicit argument {explicit_arg!r}")

        max_option = max((i for i, p in enumerate(pattern) if p == "O"), default=-1)
        start = 0
        while start <= max_option:
            next_option = min(i for i, p in enumerate(pattern) if p == "O" and i >= start)
            if start != next_option:
                after = consume_positionals(start)
                if after > start:
                    start = after
                    continue
                start = after
            if start not in range(len(pattern)) or pattern[start] != "O":
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(a for a in arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, f"the following arguments are required: {', '.join(required)}")
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, f"one of the arguments {' '.join(names)} is required")
        return namespace, extras

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = "(-*A-*)"
        elif nargs == OPTIONAL:
            p = "(-*A?-*)"
        elif nargs == ZERO_OR_MORE:
            p = "(-*[A-]*)"
        elif nargs == ONE_OR_MORE:
            p = "(-*A[A-]*)"
        elif nargs == REMAINDER:
            p = "([-AO]*)"
        elif nargs == PARSER:
            p = "(-*A[-AO]*)"
        elif nargs == SUPPRESS:
            p = "(-*-*)"
        else:
            p = "(-*%s-*)" % "-*".join("A" * nargs)
        if action.option_strings:
            p = p.replace("-*", "").replace("-", "")
        return p

    def _match_argument(self, action, pattern):
        m = _re.match(self._nargs_pattern(action), pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = "expected one argument"
            elif nargs == OPTIONAL:
                msg = "expected at most one argument"
            elif nargs == ONE_OR_MORE:
                msg = "expected at least one argument"
            else:
                msg = f"expected {nargs} argument{'s' if nargs != 1 else ''}"
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _count_for(self, action, pattern):
        m = _re.match(self._nargs_pattern(action), pattern)
        return None if m is None else len(m.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            m = _re.match("".join(self._nargs_pattern(a) for a in actions[:i]), pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, s):
        """(action or None, option string, separator, explicit argument), or None if `s`
        is a positional argument."""
        if not s or s[0] not in self.prefix_chars:
            return None
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None, None
        if len(s) == 1:
            return None
        option, sep, explicit = s.partition("=")
        if sep and option in self._option_string_actions:
            return self._option_string_actions[option], option, sep, explicit
        matches = self._prefix_matches(s)
        if len(matches) > 1:
            choices = ", ".join(m[1] for m in matches)
            self.error(f"ambiguous option: {s} could match {choices}")
        if len(matches) == 1:
            return matches[0]
        if _re.match(r"^-\d+$|^-\d*\.\d+$", s) and not self._has_negative_number_optionals:
            return None
        if " " in s:
            return None
        return None, s, None, None

    def _prefix_matches(self, s):
        chars = self.prefix_chars
        out = []
        if s[0] in chars and s[1] in chars:
            if self.allow_abbrev:
                prefix, sep, explicit = s.partition("=")
                if not sep:
                    sep = explicit = None
                for name, action in self._option_string_actions.items():
                    if name.startswith(prefix):
                        out.append((action, name, sep, explicit))
        elif s[0] in chars:
            for name, action in self._option_string_actions.items():
                if name == s[:2]:
                    out.append((action, name, "", s[2:]))
                elif self.allow_abbrev and name.startswith(s):
                    out.append((action, name, None, None))
        return out

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            strings = [s for s in strings]
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        if type_func == "int":
            type_func = int
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, f"invalid {name} value: {arg_string!r}") from None

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None:
            return
        if isinstance(choices, str):
            choices = iter(choices)
        if value not in action.choices:
            shown = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, f"invalid choice: {value!r} (choose from {shown})")

    # ---- help and errors ----

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            (file or _sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr, and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]
