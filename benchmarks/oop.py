# oop: method calls on a small class hierarchy (base class, subclass and
# sub-subclass); methods are found on the object's class, its parent or its
# grandparent.  A few million method calls plus object construction through
# chained constructors.


class Shape:
    def __init__(self, name="shape"):
        self.name = name
        self.x = 0
        self.moves = 0

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def move(self, dx):
        self.x += dx
        self.moves += 1
        return self

    def kind(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")

    def side(self):
        return self.w


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v


def main():
    objs = []
    for i in range(1, 301):
        m = i % 3
        if m == 0:
            objs.append(Shape())
        elif m == 1:
            objs.append(Rect(i % 7 + 1, i % 5 + 1))
        else:
            objs.append(Square(i % 9 + 1))

    c = Counter()
    perims = 0
    for rnd in range(1, 4001):
        for o in objs:
            c.add(o.area())
            perims += o.perimeter()
            o.move(rnd % 3)

    built = 0
    for i in range(1, 300001):
        sq = Square(i % 10)
        built += sq.side() + sq.area()

    kinds = ",".join(o.kind() for o in objs[:3])
    print(f"calls: {c.n} total area: {c.total} perimeters: {perims}")
    print(f"moves: {objs[0].moves} x: {objs[1].x}")
    print(f"built: {built} kinds: {kinds}")


main()
