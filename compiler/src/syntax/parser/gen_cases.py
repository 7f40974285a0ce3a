"""Regenerates the expected outputs in ast_cases.txt, span_cases.txt and error_cases.txt
from the snippets already in those files (add a snippet with any placeholder expectation,
then run):  PYENV_VERSION=3.13.0 python3 compiler/src/syntax/parser/gen_cases.py
`kind='u'` is cleared, as our AST does not keep it."""
import ast, os, warnings

warnings.simplefilter('ignore')
HERE = os.path.dirname(os.path.abspath(__file__))


def cases(name):
    text = open(os.path.join(HERE, name)).read().rstrip('\n')
    return [c.split('\n-----\n')[0] for c in text.split('\n=====\n')]


def write(name, pairs):
    out = '\n=====\n'.join(s + '\n-----\n' + e for s, e in pairs)
    open(os.path.join(HERE, name), 'w').write(out + '\n')


def tree(src):
    t = ast.parse(src)
    for n in ast.walk(t):
        if isinstance(n, ast.Constant):
            n.kind = None
    return t


def err(src):
    try:
        compile(src, 'f.py', 'exec')
        return 'OK'
    except SyntaxError as e:
        return f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset - 1 if e.offset else 0}"


write('ast_cases.txt', [(s, ast.dump(tree(s))) for s in cases('ast_cases.txt')])
write('span_cases.txt', [(s, ast.dump(tree(s), include_attributes=True)) for s in cases('span_cases.txt')])
write('error_cases.txt', [(s, err(s)) for s in cases('error_cases.txt')])
