# -*- coding: latin-1 -*-
print("never runs")
