import starter
print(starter.add(2, 40), starter.greet('edge'), starter.greet('x', '?'))
print(starter.mean([1, 2.5, 3]), starter.pair(1, 'a'))
print(starter.big_square(-123456789012345678901234567890))
