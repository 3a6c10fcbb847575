# Shared by the _sre golden tests: compiles each case with _sre.compile (the
# code lists are what CPython 3.11's re compiler emits for the pattern shown)
# and prints what every Pattern method answers on each subject.
import _sre


def describe(m):
    if m is None:
        return None
    return (m.span(), m.regs, m.lastindex, m.lastgroup, m.groups(), m.groups('-'),
            m.groupdict(), repr(m), m[0], m.pos, m.endpos)


def bracket(m):
    g = m.group()
    return ('<' + g + '>') if isinstance(g, str) else (b'<' + g + b'>')


def exercise(cases):
    for (pattern, flags, code, groups, groupindex, indexgroup, subjects) in cases:
        p = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        print(repr(p), p.groups, p.flags, dict(p.groupindex))
        for s in subjects:
            print('  subject', repr(s))
            print('   match', describe(p.match(s)))
            print('   fullmatch', describe(p.fullmatch(s)))
            print('   search', describe(p.search(s)))
            print('   pos', describe(p.search(s, 1)), describe(p.search(s, 1, len(s) - 1)),
                  describe(p.match(s, 2, 1)))
            print('   findall', p.findall(s), p.findall(s, 1))
            print('   finditer', [m.span() for m in p.finditer(s)])
            print('   split', p.split(s), p.split(s, 1))
            print('   sub', p.sub(bracket, s), p.subn(bracket, s, 2))
            literal = '#' if isinstance(s, str) else b'#'
            print('   sub literal', p.subn(literal, s), p.sub(lambda m: None, s))
            scanner = p.scanner(s)
            spans = []
            while len(spans) < 20:
                m = scanner.match()
                if m is None:
                    break
                spans.append(m.span())
            print('   scanner', spans)


def show(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)
