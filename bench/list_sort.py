seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
nums = [rand() % 1_000_000 for _ in range(300_000)]
a = sorted(nums)
b = sorted(nums, reverse=True)
words = [str(n) for n in nums[:100_000]]
words.sort()
pairs = [(n % 100, n) for n in nums[:100_000]]
pairs.sort(key=lambda p: (p[0], -p[1]))
nums.reverse()
print(a[0], a[-1], b[0], words[:3], pairs[:2], nums[0], sum(a[::1000]))
