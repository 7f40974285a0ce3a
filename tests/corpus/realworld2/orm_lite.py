"""An ORM-ish layer: descriptors with __set_name__, __init_subclass__ registries, a query
builder built from operator overloading, __slots__ rows, and an in-memory table store."""
import operator
from collections import ChainMap, OrderedDict, defaultdict
from functools import total_ordering, reduce


class ValidationError(ValueError):
    pass


class Field:
    creation_counter = 0

    def __init__(self, default=None, *, nullable=True):
        self.default = default
        self.nullable = nullable
        Field.creation_counter += 1
        self.order = Field.creation_counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return Column(objtype.__name__, self.name)
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValidationError(f"{type(obj).__name__}.{self.name} may not be None")
        setattr(obj, self.attr, self.convert(value))

    def convert(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"


class IntField(Field):
    def convert(self, value):
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{self.name}: expected int, got {type(value).__name__}")
        return value


class StrField(Field):
    def __init__(self, default="", *, max_len=20, **kw):
        super().__init__(default, **kw)
        self.max_len = max_len

    def convert(self, value):
        value = str(value)
        if len(value) > self.max_len:
            raise ValidationError(f"{self.name}: {value!r} longer than {self.max_len}")
        return value


class Expr:
    def __and__(self, other):
        return BoolOp("AND", self, other)

    def __or__(self, other):
        return BoolOp("OR", self, other)

    def __invert__(self):
        return Not(self)


class Column(Expr):
    def __init__(self, table, name):
        self.table, self.name = table, name

    def _cmp(op, sym):
        def method(self, other):
            return Compare(self, sym, op, other)
        return method

    __eq__ = _cmp(operator.eq, "=")
    __ne__ = _cmp(operator.ne, "!=")
    __lt__ = _cmp(operator.lt, "<")
    __le__ = _cmp(operator.le, "<=")
    __gt__ = _cmp(operator.gt, ">")
    __ge__ = _cmp(operator.ge, ">=")
    __hash__ = None
    del _cmp

    def startswith(self, prefix):
        return Compare(self, "LIKE", lambda a, b: a.startswith(b), prefix, shown=prefix + "%")

    def __str__(self):
        return f"{self.table.lower()}.{self.name}"


class Compare(Expr):
    def __init__(self, col, sym, fn, value, shown=None):
        self.col, self.sym, self.fn, self.value = col, sym, fn, value
        self.shown = value if shown is None else shown

    def __str__(self):
        return f"{self.col} {self.sym} {self.shown!r}"

    def test(self, row):
        v = getattr(row, self.col.name)
        return v is not None and self.fn(v, self.value)


class BoolOp(Expr):
    def __init__(self, op, *parts):
        self.op, self.parts = op, parts

    def __str__(self):
        return "(" + f" {self.op} ".join(map(str, self.parts)) + ")"

    def test(self, row):
        results = (p.test(row) for p in self.parts)
        return all(results) if self.op == "AND" else any(results)


class Not(Expr):
    def __init__(self, inner):
        self.inner = inner

    def __str__(self):
        return f"NOT {self.inner}"

    def test(self, row):
        return not self.inner.test(row)


class Model:
    registry = OrderedDict()
    __slots__ = ("__dict__",)

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        fields = {}
        for klass in reversed(cls.__mro__):
            for k, v in vars(klass).items():
                if isinstance(v, Field):
                    fields[k] = v
        cls.fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        Model.registry[cls.__name__] = cls
        cls.rows = []

    def __init__(self, **values):
        unknown = values.keys() - self.fields.keys()
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        for name, field in self.fields.items():
            setattr(self, name, values.get(name, field.default))

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, k) for k in self.fields))

    @classmethod
    def create(cls, **values):
        row = cls(**values)
        cls.rows.append(row)
        return row

    @classmethod
    def where(cls, expr):
        return Query(cls, expr)


class Query:
    def __init__(self, model, expr, order=None, limit=None):
        self.model, self.expr, self.order, self.limit_ = model, expr, order, limit

    def order_by(self, col, desc=False):
        return Query(self.model, self.expr, (col.name, desc), self.limit_)

    def limit(self, n):
        return Query(self.model, self.expr, self.order, n)

    def sql(self):
        s = f"SELECT * FROM {self.model.table} WHERE {self.expr}"
        if self.order:
            s += f" ORDER BY {self.order[0]}{' DESC' if self.order[1] else ''}"
        if self.limit_ is not None:
            s += f" LIMIT {self.limit_}"
        return s

    def __iter__(self):
        rows = [r for r in self.model.rows if self.expr.test(r)]
        if self.order:
            rows.sort(key=lambda r: (getattr(r, self.order[0]) is None, getattr(r, self.order[0])),
                      reverse=self.order[1])
        return iter(rows[:self.limit_])


class Timestamped(Model):
    created = IntField(0, nullable=False)


class User(Timestamped, table="people"):
    name = StrField(nullable=False, max_len=12)
    age = IntField()
    city = StrField("?")


@total_ordering
class Order(Timestamped):
    user = StrField()
    amount = IntField(0)

    def __lt__(self, other):
        return (self.amount, self.user) < (other.amount, other.user)


names = ["ada", "grace", "linus", "guido", "barbara", "ken", "dennis", "margaret"]
cities = ["Paris", "Oslo", "Lima", None]
for i, n in enumerate(names):
    User.create(name=n, age=None if i == 5 else 20 + (i * 7) % 30, city=cities[i % 4] or "?", created=i)
    for j in range(i % 3 + 1):
        Order.create(user=n, amount=(i * 31 + j * 17) % 90, created=100 + i * 3 + j)

print(list(Model.registry), User.table, Order.table, list(User.fields), list(Order.fields))
print(User.fields["name"], User.name, type(User.age).__name__)
q = User.where((User.age >= 30) & ~(User.city == "Oslo") | User.name.startswith("g")).order_by(User.age, desc=True)
print(q.sql())
for row in q:
    print(" ", row)
print(User.where(User.age != 41).limit(3).sql(), [u.name for u in User.where(User.age != 41).limit(3)])
totals = defaultdict(int)
for o in Order.rows:
    totals[o.user] += o.amount
best = max(totals.items(), key=operator.itemgetter(1))
print("totals", dict(sorted(totals.items())), "best", best)
print("sorted orders", [(o.user, o.amount) for o in sorted(Order.rows)[:5]])
print("max order", max(Order.rows), Order.rows[0] <= Order.rows[1], Order.rows[2] >= Order.rows[2])
print(User.rows[0] == User(name="ada", age=20, city="Paris", created=0), User.rows[0] == Order.rows[0])
print(len({*User.rows, *User.rows}), reduce(operator.add, (u.age or 0 for u in User.rows)))
for bad in [dict(name=None), dict(name="x" * 13), dict(name="ok", age="3"), dict(name="ok", age=True), dict(nick="z")]:
    try:
        User(**bad)
    except (ValidationError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
settings = ChainMap({"city": "Rome"}, {"age": 1, "city": "Nice"}, {"name": "anon", "age": 0})
print(dict(settings), settings.maps[1], len(settings), settings.new_child({"age": 9})["age"])
print(User(**settings), list(settings.parents.items()))
try:
    hash(User.age)
except TypeError as e:
    print("TypeError", e)
u = User(name="eve")
print(u.__dict__, hasattr(User, "__slots__"), User.__mro__[1:3])
