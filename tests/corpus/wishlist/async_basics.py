import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    results = await asyncio.gather(*(work(i) for i in range(5)))
    print(results)
asyncio.run(main())
