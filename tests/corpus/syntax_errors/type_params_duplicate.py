def first[T, U, T](xs: list[T]) -> T:
    return xs[0]
