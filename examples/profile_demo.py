"""A program to look at under Taipan's sampling profiler (docs/profiling.md):

    taipan -X profile=demo.html examples/profile_demo.py

A worker thread sieves primes while the main thread runs asyncio tasks whose
coroutines await one another, then round-trips records through json and
sorts them: the flame graph shows one root per thread, the await chains
nested, and the standard library's frames (yellow) next to these (orange).
"""
import asyncio
import json
import threading


def sieve(limit):
    flags = bytearray([1]) * limit
    flags[0:2] = b"\0\0"
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = 0
    return sum(flags)


def prime_worker(rounds, results):
    for _ in range(rounds):
        results.append(sieve(200_000))


def checksum(text):
    total = 0
    for ch in text:
        total = (total * 31 + ord(ch)) % 1_000_003
    return total


async def fetch(record_id):
    await asyncio.sleep(0)  # stands in for I/O
    return {"id": record_id, "name": f"item-{record_id}", "tags": ["a", "b", str(record_id % 7)]}


async def process(record_id):
    record = await fetch(record_id)
    return checksum(json.dumps(record) * 20)


async def batch(start):
    return [await process(i) for i in range(start, start + 200)]


async def crawl():
    results = await asyncio.gather(*(batch(start) for start in range(0, 2000, 200)))
    return sum(map(sum, results))


def records_round_trip(count):
    records = [{"id": i, "score": (i * 7919) % 1000, "label": f"r{i}"} for i in range(count)]
    decoded = json.loads(json.dumps(records))
    decoded.sort(key=lambda r: (r["score"], r["label"]))
    return decoded[0]["id"]


def main():
    primes = []
    worker = threading.Thread(target=prime_worker, args=(4, primes), name="prime-worker")
    worker.start()
    total = asyncio.run(crawl())
    first = records_round_trip(50_000)
    worker.join()
    print(total, first, primes)


if __name__ == "__main__":
    main()
