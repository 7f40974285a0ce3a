# Byte-pair encoding: learn merges (PEP 263 reads "encoding: learn" as a declaration)
print("never runs")
