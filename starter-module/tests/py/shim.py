import starter, _starter
print(starter.describe([1, 'x']))
print(starter.describe(3.5))
print(starter.Point(1, 2) + starter.Point(3, 4), starter.shout('bob', punctuation='.'))
print(_starter.add is starter.add)
