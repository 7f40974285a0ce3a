# difflib: SequenceMatcher (junk, autojunk, ratios, opcodes, groups), get_close_matches, ndiff/restore, unified_diff and context_diff.
import difflib, random
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
a = "qabxcd"; b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('pineapple', keyword.kwlist), difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('lenght', ['length', 'len', 'height', 'lent', 'weight'], n=2, cutoff=0.5))
try: difflib.get_close_matches('x', [], n=0)
except ValueError as e: print(e)
try: difflib.get_close_matches('x', [], cutoff=2)
except ValueError as e: print(e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.ndiff(text1, text2)), end='')
diff = list(difflib.ndiff(text1, text2))
print(''.join(difflib.restore(diff, 1)) == ''.join(text1), ''.join(difflib.restore(diff, 2)) == ''.join(text2))
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
a = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen']
b = ['zero', 'one', 'tree', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen']
for line in difflib.unified_diff(a, b, 'a', 'b', '2020-01-01', '2020-01-02', n=2, lineterm=''): print(line)
for line in difflib.context_diff(a, b, lineterm='', n=1): print(line)
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])), list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.context_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], ['y\n'], n=0)))
try: list(difflib.unified_diff([1], [2]))
except TypeError as e: print(e)
random.seed(5)
for trial in range(30):
    la, lb = random.randrange(0, 40), random.randrange(0, 40)
    x = ''.join(random.choice('abcde ') for _ in range(la)); y = ''.join(random.choice('abcde ') for _ in range(lb))
    m = difflib.SequenceMatcher(None, x, y)
    mj = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, x, y)
    print(trial, round(m.ratio(), 6), m.get_opcodes()[:4], mj.get_matching_blocks()[:3], list(m.get_grouped_opcodes(1))[:2])
big_a = [random.choice('abcdefghij') for _ in range(500)]
big_b = [random.choice('abcdefghij') for _ in range(450)]
m = difflib.SequenceMatcher(None, big_a, big_b)
print(sorted(m.bpopular), len(m.get_matching_blocks()), round(m.ratio(), 6))
m = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(sorted(m.bpopular), len(m.get_matching_blocks()), round(m.ratio(), 6))
lines_a = ['line %d\n' % i for i in range(30)]
lines_b = lines_a[:5] + ['new\n'] + lines_a[7:20] + ['line 20 changed\n', 'line 21 chnged\n'] + lines_a[22:]
print(''.join(difflib.unified_diff(lines_a, lines_b)), end='')
print(''.join(difflib.ndiff(lines_a[18:24], lines_b[16:22])), end='')
print(''.join(difflib.ndiff(['abc\n', 'same\n', 'xyz\n'], ['abd\n', 'same\n', 'xyw\n', 'same\n'])), end='')
print(''.join(difflib.ndiff(['\tindented  tab\n'], ['\tindented tab!\n'])), end='')
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).get_matching_blocks())
