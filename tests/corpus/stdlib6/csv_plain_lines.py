# csv.reader splits lines with no quotes, escapes or embedded line breaks at once; every
# dialect option that changes those lines' fields still applies, and lines that need the
# state machine still get it (mixed in the same file).
import csv, io

lines = [
    "a,b,c\r\n", "1, 2 ,3\n", "\n", "\r\n", "", "x,,\n", ",\n", "solo", "tail\r",
    'q,"quoted, comma",z\n', 'broken"quote,here\n', "esc\\,aped,v\n", "mid\rbreak\n",
    "  lead,  space\n", "1.5,2,x\n",
]
for opts in ({}, {"skipinitialspace": True}, {"escapechar": "\\"}, {"quoting": csv.QUOTE_NONE},
             {"quoting": csv.QUOTE_NOTNULL}, {"quoting": csv.QUOTE_STRINGS}, {"delimiter": ";"}):
    r = csv.reader(lines[:12], **opts)
    try:
        print(opts, list(r), r.line_num)
    except (csv.Error, ValueError) as e:
        print(opts, type(e).__name__, e, r.line_num)
try:
    print(list(csv.reader(["1,2\n", "3,abc\n"], quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print("ValueError", e)
print(list(csv.reader(["1,2\n", "3,4.5\n"], quoting=csv.QUOTE_NONNUMERIC)))
old = csv.field_size_limit(5)
for row in (["12345,6\n"], ["123456,7\n"]):
    try:
        print(list(csv.reader(row)))
    except csv.Error as e:
        print("Error", e)
csv.field_size_limit(old)
text = "id,name,score\n" + "".join(f"{i},name{i},{i * 1.5}\n" for i in range(50)) + '51,"multi\nline",0\n'
rows = list(csv.DictReader(io.StringIO(text)))
print(len(rows), rows[0], rows[-1], rows[-2]["score"])
try:
    list(csv.reader([b"bytes\n"]))
except csv.Error as e:
    print("Error", e)
import csv
print(list(csv.reader(["a b  c\n", "  x   y\n"], delimiter=" ", skipinitialspace=True)))
d = csv.excel(); print(d.skipinitialspace)
class D(csv.Dialect):
    delimiter = " "
    skipinitialspace = True
    quotechar = "\""
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["p  q"], D)))
