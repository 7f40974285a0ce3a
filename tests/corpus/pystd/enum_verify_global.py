from enum import *
import enum
for src in ['''
@verify(UNIQUE)
class C(Enum):
    A=1; B=1; D=2; E=2''','''
@verify(CONTINUOUS)
class C(IntEnum):
    A=1; B=2; D=5''','''
@verify(CONTINUOUS)
class F(Flag):
    A=1; B=8''','''
@verify(NAMED_FLAGS)
class F(Flag):
    A=1; B=2; ALL=15; X=16|64''','''
@verify(CONTINUOUS)
class C(Enum):
    A='x' ''', '''
@verify(NAMED_FLAGS)
class F(Flag):
    A=1; B=2; ALL=15''','''
@verify(NAMED_FLAGS)
class F(Flag):
    A=1; B=2; ALL=7''','''
@verify(NAMED_FLAGS, UNIQUE, CONTINUOUS)
class F(Flag):
    A=1; B=2; C=3|8; D=16|1; E=32|1''', '''
@verify(UNIQUE, CONTINUOUS)
class G(IntEnum):
    A=1; B=2; C=3''']:
    try: exec(src); print('ok')
    except Exception as e: print(type(e).__name__, e)
print(repr(EnumCheck.UNIQUE), EnumCheck.CONTINUOUS, list(EnumCheck))
@global_enum
class Col(Flag):
    R=1; G=2; B=4
print(repr(R), repr(R|G), repr(Col(0)), str(R|G), str(R), repr(Col(7)))
@global_enum
class E(Enum):
    X=1
print(repr(X), str(X), format(X))
@global_enum
class S(StrEnum):
    Y='y'
print(repr(Y), str(Y))
