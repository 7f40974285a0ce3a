from _starmod import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from _plainmod import *
print(public, func())
try:
    _underscore
except NameError as e:
    print("NameError:", e)
