"""Hand-written Python for the same work: the csv module on the same records."""
import csv

seed = 11


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


lines = []
for _i in range(20000):
    f = []
    for _j in range(8):
        r = rand(4)
        if r == 0:
            f.append(str(rand(100000)))
        elif r == 1:
            f.append("name%d" % rand(100))
        elif r == 2:
            f.append('"quoted, ""field"" %d"' % rand(10))
        else:
            f.append("")
    lines.append(",".join(f) + "\n")
fields = chars = 0
for _ in range(3):
    for line in lines:
        for row in csv.reader([line]):
            fields += len(row)
            chars += sum(len(x) for x in row)
print("%d\t%d" % (fields, chars))
