import starter
print(starter.apply(lambda x: x * 2, 21))
class Boom(Exception):
    pass
def bad(x):
    raise Boom(f'no {x}')
try:
    starter.apply(bad, 5)
except Boom as e:
    print('caught', type(e).__name__, e)
print(starter.apply(lambda t: starter.apply(*t), (len, 'abcd')))
# An uncaught exception from a callback keeps its type and message.
starter.apply(bad, 'more')
