try:
    pass

