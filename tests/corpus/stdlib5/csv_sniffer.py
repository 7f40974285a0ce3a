# csv.Sniffer on common samples: delimiter, quote character, initial spaces, header.
import csv
samples = ['name,age,city\nAnn,30,Paris\nBob,25,Rome\n', 'a;b;c\n1;2;3\n4;5;6\n', 'x\ty\n1\t2\n3\t4\n',
           '"name","age"\n"Ann",30\n"Bob",25\n', "'a'|'b'\n'c'|'d'\n", 'id: name\n1: x\n2: y\n', 'h1, h2, h3\n1, 2, 3\n4, 5, 6\n',
           'title,year\n"Hello, world",2000\n"Bye",1999\n']
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, csv.Sniffer().has_header(s))
    except csv.Error as e:
        print('Error', e)
print(csv.Sniffer().sniff('a,b;c\n', delimiters=';').delimiter)
