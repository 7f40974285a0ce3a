# difflib: ndiff and unified_diff of random similar line lists (Differ's pairing of similar lines).
import difflib, random
random.seed(11)
words = ['alpha', 'alpine', 'alps', 'beta', 'bet', 'better', 'gamma', 'gammas', 'delta', 'deltas']
for trial in range(40):
    a = [' '.join(random.choice(words) for _ in range(random.randrange(1, 4))) + '\n' for _ in range(random.randrange(0, 7))]
    b = [line if random.random() < 0.5 else line.replace('a', 'o', 1) for line in a]
    random.shuffle(b)
    b += [random.choice(words) + '\n' for _ in range(random.randrange(0, 3))]
    print(trial, ''.join(difflib.ndiff(a, b)).replace('\n', '|'))
    print(list(difflib.unified_diff(a, b, n=1)))
