# fib: recursive function calls (call overhead, integer compare/add).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    for n in range(27, 34):
        print(f"fib({n}) = {fib(n)}")


main()
