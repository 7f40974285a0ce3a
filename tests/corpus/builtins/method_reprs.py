print(list.append, str.join, object.__init__, int.__add__, object.__format__)
print(list.__len__, ValueError.__str__, bytes.hex, set.add, float.__round__, len, list.__reversed__)
print(repr(str.maketrans).split(" at ")[0], repr([].append).split(" at ")[0], repr(dict.fromkeys).split(" at ")[0])
