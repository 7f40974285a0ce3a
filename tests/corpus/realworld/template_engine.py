# A tiny template engine in the style of Django/Mako: tokenise with a regex, compile to
# Python source, exec it, render many contexts.
import re
from html import escape

TOKEN = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)

class TemplateSyntaxError(Exception):
    pass

class CodeBuilder:
    INDENT = 4
    def __init__(self, indent=0):
        self.code = []
        self.indent_level = indent
    def __str__(self):
        return "".join(str(c) for c in self.code)
    def add_line(self, line):
        self.code.extend([" " * self.indent_level, line, "\n"])
    def add_section(self):
        section = CodeBuilder(self.indent_level)
        self.code.append(section)
        return section
    def indent(self):
        self.indent_level += self.INDENT
    def dedent(self):
        self.indent_level -= self.INDENT
    def get_globals(self):
        assert self.indent_level == 0
        src = str(self)
        g = {}
        exec(src, g)
        return g

class Template:
    def __init__(self, text, *contexts):
        self.context = {}
        for c in contexts:
            self.context.update(c)
        self.all_vars = set()
        self.loop_vars = set()
        code = CodeBuilder()
        code.add_line("def render_function(context, do_dots):")
        code.indent()
        vars_code = code.add_section()
        code.add_line("result = []")
        code.add_line("append_result = result.append")
        code.add_line("extend_result = result.extend")
        code.add_line("to_str = str")
        buffered = []
        def flush_output():
            if len(buffered) == 1:
                code.add_line("append_result(%s)" % buffered[0])
            elif len(buffered) > 1:
                code.add_line("extend_result([%s])" % ", ".join(buffered))
            del buffered[:]
        ops_stack = []
        for token in TOKEN.split(text):
            if token.startswith("{#"):
                continue
            elif token.startswith("{{"):
                expr = self._expr_code(token[2:-2].strip())
                buffered.append("to_str(%s)" % expr)
            elif token.startswith("{%"):
                flush_output()
                words = token[2:-2].strip().split()
                if words[0] == "if":
                    if len(words) != 2:
                        self._syntax_error("Don't understand if", token)
                    ops_stack.append("if")
                    code.add_line("if %s:" % self._expr_code(words[1]))
                    code.indent()
                elif words[0] == "for":
                    if len(words) != 4 or words[2] != "in":
                        self._syntax_error("Don't understand for", token)
                    ops_stack.append("for")
                    self._variable(words[1], self.loop_vars)
                    code.add_line("for c_%s in %s:" % (words[1], self._expr_code(words[3])))
                    code.indent()
                elif words[0].startswith("end"):
                    end_what = words[0][3:]
                    if not ops_stack:
                        self._syntax_error("Too many ends", token)
                    start_what = ops_stack.pop()
                    if start_what != end_what:
                        self._syntax_error("Mismatched end tag", end_what)
                    code.dedent()
                else:
                    self._syntax_error("Don't understand tag", words[0])
            else:
                if token:
                    buffered.append(repr(token))
        if ops_stack:
            self._syntax_error("Unmatched action tag", ops_stack[-1])
        flush_output()
        for var_name in sorted(self.all_vars - self.loop_vars):
            vars_code.add_line("c_%s = context[%r]" % (var_name, var_name))
        code.add_line("return ''.join(result)")
        code.dedent()
        self._render_function = code.get_globals()["render_function"]

    def _expr_code(self, expr):
        if "|" in expr:
            pipes = expr.split("|")
            code = self._expr_code(pipes[0])
            for func in pipes[1:]:
                self._variable(func, self.all_vars)
                code = "c_%s(%s)" % (func, code)
        elif "." in expr:
            dots = expr.split(".")
            code = self._expr_code(dots[0])
            args = ", ".join(repr(d) for d in dots[1:])
            code = "do_dots(%s, %s)" % (code, args)
        else:
            self._variable(expr, self.all_vars)
            code = "c_%s" % expr
        return code

    def _syntax_error(self, msg, thing):
        raise TemplateSyntaxError("%s: %r" % (msg, thing))

    def _variable(self, name, vars_set):
        if not re.match(r"[_a-zA-Z][_a-zA-Z0-9]*$", name):
            self._syntax_error("Not a valid name", name)
        vars_set.add(name)

    def render(self, context=None):
        render_context = dict(self.context)
        if context:
            render_context.update(context)
        return self._render_function(render_context, self._do_dots)

    def _do_dots(self, value, *dots):
        for dot in dots:
            try:
                value = getattr(value, dot)
            except AttributeError:
                value = value[dot]
            if callable(value):
                value = value()
        return value

PAGE = """<h1>{{title|upper}}</h1>{# a comment #}
<ul>
{% for item in items %}<li class="{{item.kind}}">{{item.name|esc}}: {{item.price}}{% if item.sale %} SALE{% endif %}</li>
{% endfor %}</ul>
<p>{{user.name}} has {{user.count}} items</p>"""

class User:
    def __init__(self, name, items):
        self.name = name
        self._items = items
    def count(self):
        return len(self._items)

t = Template(PAGE, {"upper": str.upper, "esc": escape})
total = 0
for n in range(300):
    items = [{"name": "thing <%d>" % i, "price": "%.2f" % (i * 1.25), "kind": "k%d" % (i % 3),
              "sale": i % 4 == 0} for i in range(n % 7)]
    out = t.render({"title": "page %d & co" % n, "items": items, "user": User("u%d" % n, items)})
    total += len(out)
    if n % 100 == 3:
        print(out)
print(total)
for bad in ["{% if %}", "{% for x on y %}", "{% endif %}", "{% if a %}", "{% while x %}", "{{ 9x }}"]:
    try:
        Template(bad)
    except TemplateSyntaxError as e:
        print("error:", e)
