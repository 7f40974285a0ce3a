# Byte-pair-encoding tokenizer training and encoding (dict/Counter/tuple heavy).
from collections import Counter, defaultdict
import re

TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly. """ * 20
WORD = re.compile(r"\w+|[^\w\s]")

def get_stats(vocab):
    pairs = defaultdict(int)
    for word, freq in vocab.items():
        for a, b in zip(word, word[1:]):
            pairs[a, b] += freq
    return pairs

def merge_vocab(pair, vocab):
    out = {}
    a, b = pair
    for word, freq in vocab.items():
        new = []
        i = 0
        while i < len(word):
            if i < len(word) - 1 and word[i] == a and word[i + 1] == b:
                new.append(a + b)
                i += 2
            else:
                new.append(word[i])
                i += 1
        out[tuple(new)] = freq
    return out

def train(text, merges):
    words = Counter(WORD.findall(text.lower()))
    vocab = {tuple(w) + ("</w>",): c for w, c in words.items()}
    rules = []
    for _ in range(merges):
        stats = get_stats(vocab)
        if not stats:
            break
        best = max(stats, key=lambda p: (stats[p], p))
        vocab = merge_vocab(best, vocab)
        rules.append(best)
    return rules, vocab

def encode(word, ranks):
    parts = list(word) + ["</w>"]
    while len(parts) > 1:
        pairs = [(ranks.get((parts[i], parts[i + 1]), 1 << 30), i) for i in range(len(parts) - 1)]
        rank, i = min(pairs)
        if rank == 1 << 30:
            break
        parts[i:i + 2] = [parts[i] + parts[i + 1]]
    return parts

rules, vocab = train(TEXT, 60)
ranks = {p: i for i, p in enumerate(rules)}
print(rules[:10])
print(sorted(vocab.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
tokens = [t for w in WORD.findall("the quick wizards jumped over lazy zebras".lower()) for t in encode(w, ranks)]
print(tokens, len(tokens))
c = Counter(t for w in WORD.findall(TEXT.lower()) for t in encode(w, ranks))
print(c.most_common(8), sum(c.values()), c.total())
