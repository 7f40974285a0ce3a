# The numbers of f-string replacement fields are read by the tokenizer, which CPython runs
# on past a plain syntax error: their warnings come before the error too.
x = (1 +)
print(f"{1if x else 2} \\d")
