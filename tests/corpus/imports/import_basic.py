import _helper_mod
import _helper_mod as hm
print(_helper_mod.GREETING)
print(hm is _helper_mod, hm.bump(), _helper_mod.bump(), hm.counter)
from _helper_mod import GREETING as G, bump
print(G, bump())
import sys
print("_helper_mod" in sys.modules, __name__)
print(type(hm).__name__, hm.__name__)
