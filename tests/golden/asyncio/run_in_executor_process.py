# run_in_executor with a ProcessPoolExecutor
import asyncio
import concurrent.futures

def cube(x):
    return x ** 3

def fail(x):
    raise ValueError(f"bad {x}")

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, cube, i) for i in range(5))))
        try:
            await loop.run_in_executor(pool, fail, 7)
        except ValueError as e:
            print("from process:", e)

if __name__ == "__main__":
    asyncio.run(main())
