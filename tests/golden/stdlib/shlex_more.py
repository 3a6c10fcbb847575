# shlex: split/quote/join, the lexer in POSIX and classic modes, punctuation
# characters, comments, custom wordchars, and its errors.
import io
import shlex

for s in ['ls -l "my file.txt" \'single quoted\' back\\ slash',
          'echo "nested \'quotes\' here" $HOME # comment',
          "a=1 b='2 3' c=\"4\\\"5\"",
          'tricky ""  \'\' "a"\'b\'c']:
    print(shlex.split(s), shlex.split(s, comments=True))
print(shlex.split("a 'b c'", posix=False))
for w in ["simple", "has space", "it's", "", "$var", "safe-_./@%+=:,chars", "tab\tx"]:
    print(repr(shlex.quote(w)))
print(shlex.join(["cp", "a b", "it's", "-r"]))

lex = shlex.shlex("a && b || (c; d) >> out.txt 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key=value other_key = 'x y'", posix=True)
lex.whitespace_split = False
lex.wordchars += "="
print(list(lex))
lex = shlex.shlex(io.StringIO("one two # c\nthree"), infile="conf", posix=True)
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens)
lex = shlex.shlex("x y z")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.error_leader("file", 3))
lex.push_source("inner source")
print([lex.get_token() for _ in range(4)])
classic = shlex.shlex('foo "bar baz" \'q\'')
print(list(classic))
for bad in ['unterminated "quote', "escape at end \\", "open 'single"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
