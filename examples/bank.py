# Classes, exceptions and formatting: a tiny ledger.
class Overdraft(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise Overdraft(f"{self.owner} has only {self.balance}")
        self.balance -= amount

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

accounts = [Account("ada", 100), Account("bob", 20)]
for acc, amount in zip(accounts, (30, 50)):
    try:
        acc.withdraw(amount)
        print(f"{acc.owner:>5} withdrew {amount:>4}")
    except Overdraft as e:
        print(f"refused: {e}")
print(accounts)
print(f"total: {sum(a.balance for a in accounts):,}")
