# Word counting over generated prose: lower(), split(), strip() of
# punctuation, dict get/setdefault counting, then the most common words
# and per-letter statistics.
import sys
import random

VOCAB = ('the quick brown fox jumps over lazy dog while seven wizards quietly hex '
         'a jovial banker whose python interpreter runs faster than expected today '
         'Alpha Beta Gamma delta epsilon zeta eta theta iota kappa lambda mu').split()


def make_text(lines, rng):
    out = []
    for _ in range(lines):
        words = [rng.choice(VOCAB) for _ in range(rng.randint(5, 15))]
        words[0] = words[0].capitalize()
        out.append(' '.join(words) + rng.choice('.,;!?'))
    return '\n'.join(out)


def count(text):
    counts = {}
    letters = {}
    for line in text.splitlines():
        for word in line.lower().split():
            word = word.strip('.,;!?')
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            first = word[0]
            letters.setdefault(first, []).append(len(word))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    stats = sorted((k, len(v), sum(v)) for k, v in letters.items())
    return top, stats[:3], text.count('the'), text.upper().count('A')


rng = random.Random(5)
text = make_text(20000, rng)
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for _ in range(reps):
    result = count(text)
print(result, reps)
