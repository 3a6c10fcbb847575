# exit() and quit(), the prompt helpers, also end scripts.
print("before quit")
try:
    exit(7)
except SystemExit as e:
    print("caught", e.code)
quit(5)
