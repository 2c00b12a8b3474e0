"""The talk's program, for comparison: canvases painted as asyncio coroutines on one event loop.

python3 bench/talk_asyncio.py PAINTINGS [WORK]: 2 s to dry, a check every 0.5 s, WORK loop
iterations of paint (default 0). Prints the wall time and the peak resident memory.
"""
import asyncio
import resource
import sys
import time


class Canvas:
    def __init__(self, work):
        self.work = work
        self.painted = None

    def paint(self):
        hits = 0
        for i in range(self.work):
            if i % 7 == 0:
                hits += 1
        self.painted = time.monotonic()
        return hits

    def is_dry(self):
        return time.monotonic() - self.painted >= 2.0


async def paint_one(work):
    canvas = Canvas(work)
    canvas.paint()
    while not canvas.is_dry():
        await asyncio.sleep(0.5)


async def main(paintings, work):
    await asyncio.gather(*(paint_one(work) for _ in range(paintings)))


if __name__ == "__main__":
    paintings = int(sys.argv[1])
    work = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    start = time.monotonic()
    asyncio.run(main(paintings, work))
    took = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python asyncio: {paintings} paintings in {took:.2f} s, peak resident {peak_mb:.0f} MB")
