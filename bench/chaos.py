# Chaos game: a seeded random walk towards the corners of a polygon, each
# point mapped through a small affine transform and plotted into a
# character raster (float maths, random, list-of-lists indexing).
import sys
import random


def render(points, width, height, rng):
    corners = [(0.5 + 0.5 * x, 0.5 + 0.5 * y) for x, y in
               ((0.0, 1.0), (0.951, 0.309), (0.588, -0.809), (-0.588, -0.809), (-0.951, 0.309))]
    grid = [[0] * width for _ in range(height)]
    x, y = 0.3, 0.4
    for i in range(points):
        cx, cy = rng.choice(corners)
        x = (x + cx) * 0.382
        y = (y + cy) * 0.382
        # A gentle swirl so that the transform is not purely linear.
        x, y = x * 0.995 + y * 0.05, y * 0.995 - x * 0.05
        x, y = x * 1.6 + 0.1, y * 1.6 + 0.1
        if i > 20:
            col = int(x * (width - 1))
            row = int(y * (height - 1))
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
    return grid


def shade(grid):
    ramp = ' .:-=+*#%@'
    top = max(max(row) for row in grid)
    return [''.join(ramp[v * 9 // top] for v in row) for row in grid]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
rng = random.Random(1234)
image = shade(render(n, 64, 32, rng))
print(sum(ord(c) * (i + 1) for i, line in enumerate(image) for c in line))
print(image[16])
