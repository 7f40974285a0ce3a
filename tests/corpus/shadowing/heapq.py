# The program's own heapq (see uses_local_modules.py).
LOCAL = True


def heappush(heap, item):
    return f"local heappush({heap}, {item})"
