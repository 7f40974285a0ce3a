#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring."""


# comment before code
x = 1  # trailing comment

    # indented comment line is fine


def f():
    # comment in function

    return x  # done
# comment at column 0 inside nothing
print(f())
print(__doc__)
if x:
    pass
    # comment after pass
else:
    pass
print("end")
