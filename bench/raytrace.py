# Ray tracer: spheres and a plane lit by two point lights, with shadows and
# one level of reflection (vector objects with operator methods, float maths).
import sys
import math


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, point, normal, colour, shine):
        self.point = point
        self.normal = normal.norm()
        self.colour = colour
        self.shine = shine

    def intersect(self, origin, direction):
        d = direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.5),
            Sphere(Vec(1.8, 0.5, 4.0), 0.5, Vec(0.3, 0.3, 0.9), 0.2),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.4),
        ]
        self.lights = [Vec(-5.0, 6.0, 0.0), Vec(4.0, 4.0, 1.0)]

    def nearest(self, origin, direction):
        best, hit = math.inf, None
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if t is not None and t < best:
                best, hit = t, obj
        return best, hit

    def trace(self, origin, direction, depth):
        t, obj = self.nearest(origin, direction)
        if obj is None:
            return Vec(0.1, 0.1, 0.2)
        p = origin + direction * t
        n = obj.normal_at(p)
        colour = obj.colour * 0.1
        for light in self.lights:
            to_light = (light - p).norm()
            lambert = n.dot(to_light)
            if lambert <= 0:
                continue
            shadow_t, blocker = self.nearest(p, to_light)
            if blocker is not None and shadow_t * shadow_t < (light - p).dot(light - p):
                continue
            colour = colour + obj.colour * (lambert * 0.7)
        if depth > 0 and obj.shine > 0:
            reflected = direction - n * (2 * direction.dot(n))
            colour = colour * (1 - obj.shine) + self.trace(p, reflected, depth - 1) * obj.shine
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.2, -1.0)
    total = 0
    for j in range(height):
        for i in range(width):
            d = Vec((i - width / 2) / width, (height / 2 - j) / height, 1.0).norm()
            c = scene.trace(eye, d, 2)
            total += int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) * 3 + int(min(c.z, 1.0) * 255) * 7
    return total


size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
print(render(size, size))
