# Regular expressions: tokenising source text, parsing a web server log with
# named groups, sub() with a callback, findall/split over a few hundred KB,
# case-insensitive search and a validation pass with fullmatch.
import sys
import re

TOKEN = re.compile(r'''
    (?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|\*\*|[-+*/%=<>(),:\[\]{}.])
  | (?P<space>[ \t]+)
  | (?P<newline>\n)
''', re.VERBOSE)

LOG = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
                 r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>\d\.\d)" (?P<status>\d{3}) (?P<size>\d+|-)')


def make_data(lines):
    # A small linear congruential generator keeps the data identical everywhere.
    state = 12345

    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return state % n

    words = ['alpha', 'beta', 'gamma', 'delta', 'error', 'Warning', 'value', 'total', 'x1', 'y_2']
    source, log, prose = [], [], []
    for i in range(lines):
        a, b = words[rand(10)], words[rand(10)]
        source.append('%s = %s * (%d.%d + %s) - "s\\"%d" ** 2' % (a, b, rand(100), rand(10), words[rand(10)], i))
        log.append('%d.%d.%d.%d - user%d [07/Dec/2026:%02d:%02d:%02d +0000] "%s /item/%d?q=%d HTTP/1.1" %d %s'
                   % (rand(256), rand(256), rand(256), rand(256), rand(50), rand(24), rand(60), rand(60),
                      ['GET', 'POST', 'PUT'][rand(3)], rand(1000), rand(100), [200, 200, 304, 404, 500][rand(5)],
                      str(rand(50000)) if rand(10) else '-'))
        prose.append(' '.join(words[rand(10)] for _ in range(14)) + ' on 2026-%02d-%02d, mail bob%d@example.org.'
                     % (rand(12) + 1, rand(28) + 1, rand(100)))
    return '\n'.join(source), log, '\n'.join(prose)


def tokenize(text):
    counts = {}
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items())


def parse_log(lines):
    by_status, bytes_sent, paths = {}, 0, set()
    for line in lines:
        m = LOG.match(line)
        if m is None:
            continue
        by_status[m['status']] = by_status.get(m['status'], 0) + 1
        if m['size'] != '-':
            bytes_sent += int(m['size'])
        paths.add(m.group('path').split('?')[0])
    return sorted(by_status.items()), bytes_sent, len(paths)


def rewrite_dates(text):
    return re.sub(r'(\d{4})-(\d{2})-(\d{2})', lambda m: '%s/%s/%s' % (m[3], m[2], m[1]), text)


def run():
    source, log, prose = make_data(6000)
    results = [tokenize(source), parse_log(log)]
    rewritten = rewrite_dates(prose)
    results.append((len(rewritten), rewritten[:60]))
    results.append(len(re.findall(r'\b\w+@\w+\.\w+\b', prose)))
    results.append(len(re.split(r'[\s,.]+', prose)))
    results.append(len(re.findall(r'(?i)\berror\b|warning', prose)))
    results.append(sum(1 for w in re.findall(r'\w+', prose) if re.fullmatch(r'[a-z]+\d?', w)))
    results.append(re.subn(r'\s+', ' ', prose)[1])
    return results


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 4
for _ in range(reps):
    results = run()
for item in results:
    print(item)
