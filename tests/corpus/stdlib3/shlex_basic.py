# shlex: split, quote, join and the lexer's modes.
import shlex

commands = ["ls -l /tmp", "echo 'hello world' \"and more\"", "a\\ b c\\\\d", "grep -e 'it''s' file # comment",
            "tab\tseparated\nlines", "  ", "", "é ß 'ü'", "a\"b\"c'd'e",
            "echo \"esc \\\" \\$ \\\\ \\x\""]
for c in commands:
    print(repr(c), shlex.split(c), shlex.split(c, comments=True), shlex.split(c, posix=False))
for bad in ["unterminated 'quote", 'and "this', "trailing \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)
for s in ["simple", "", "with space", "it's", "$HOME", "a&b", "safe@%+=:,./-_", "é", "'"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", "", "a*b"]))
print(shlex.split(shlex.join(["x y", "z'w", "\"q\""])))

lex = shlex.shlex("a = b + 'c d' # note\nnext line;", posix=False)
print(list(lex), lex.lineno)
lex = shlex.shlex("a && b || (c; d) > out.txt", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("~/bin/run --flag=1|tee log", punctuation_chars="|")
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader("f.sh", 3), lex.punctuation_chars)
