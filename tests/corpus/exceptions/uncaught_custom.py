class BankError(Exception):
    pass
print("processing")
raise BankError("insufficient funds: balance 10, requested 25")
