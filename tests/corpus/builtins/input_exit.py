try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    quit()
except SystemExit as e:
    print(type(e).__name__, e.code)
