# Errors at the end of the input sit on the last line, after its text, with end_offset -1
# (CPython's tokenizer); exec input shows its line with the newline compile() adds; CRLF
# line ends read as LF. Leading-zero carets: syntax_errors/leading_zero_caret.py.
import traceback

for s in ['if x:\n', 'try:\n  pass\n\n', 'def f():', 'try:\n  pass', 'if x:\r\n', 'a b\r\nc', 'x = (1 2)',
          'class A:\n  def f(self):\n    pass\n  @dec\n']:
    try:
        compile(s, 'f', 'exec')
    except SyntaxError as e:
        print(repr(s), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("".join(traceback.format_exception_only(e)), end="")
