# A ray tracer: a Vec class with operator overloading and __slots__, spheres and a checkered
# plane (a Shape hierarchy with super()), shadows, specular light and reflections.
import math
import time


class Vec:
    __slots__ = ("x", "y", "z")

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

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        if n == 0:
            return self
        return self * (1.0 / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Material:
    def __init__(self, color, diffuse=0.7, specular=0.3, reflect=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, p):
        if self.checker:
            if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
                return self.color
            return Vec(0.1, 0.1, 0.1)
        return self.color


class Light:
    def __init__(self, pos, intensity):
        self.pos = pos
        self.intensity = intensity


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def add(self, obj):
        self.objects.append(obj)
        return self

    def nearest(self, ray):
        best = None
        best_t = float("inf")
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, light):
        to_light = light.pos - p
        dist = to_light.length()
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        p = ray.at(t)
        n = obj.normal_at(p)
        mat = obj.material
        base = mat.color_at(p)
        col = base * self.ambient
        for light in self.lights:
            if self.shadowed(p, light):
                continue
            l = (light.pos - p).normalized()
            lam = max(0.0, n.dot(l))
            col = col + base * (lam * mat.diffuse * light.intensity)
            h = (l - ray.direction).normalized()
            spec = max(0.0, n.dot(h)) ** 20
            col = col + Vec(1, 1, 1) * (spec * mat.specular * light.intensity)
        if mat.reflect > 0 and depth < 3:
            r = Ray(p, ray.direction.reflect(n))
            col = col * (1 - mat.reflect) + self.trace(r, depth + 1) * mat.reflect
        return col


def clamp(v):
    return min(255, max(0, int(v * 255)))


def render(width, height):
    scene = Scene()
    scene.add(Sphere(Vec(0, 1, 5), 1.0, Material(Vec(1, 0.2, 0.2), reflect=0.3)))
    scene.add(Sphere(Vec(-2, 0.7, 6), 0.7, Material(Vec(0.2, 1, 0.2))))
    scene.add(Sphere(Vec(2, 0.5, 4), 0.5, Material(Vec(0.2, 0.2, 1), reflect=0.5)))
    scene.add(Plane(Vec(0, 0, 0), Vec(0, 1, 0), Material(Vec(0.9, 0.9, 0.9), checker=True, reflect=0.2)))
    scene.lights.append(Light(Vec(-5, 5, -3), 0.8))
    scene.lights.append(Light(Vec(5, 8, 0), 0.5))
    eye = Vec(0, 1.5, -2)
    checksum = 0
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width
            y = -(j - height / 2) / height
            ray = Ray(eye, Vec(x, y, 1))
            c = scene.trace(ray)
            px = (clamp(c.x), clamp(c.y), clamp(c.z))
            row.append(px)
            checksum = (checksum * 31 + px[0] * 7 + px[1] * 3 + px[2]) % 1000000007
        rows.append(row)
    return rows, checksum


t0 = time.perf_counter()
rows, cs = render(160, 120)
elapsed = time.perf_counter() - t0
print("pixels", sum(len(r) for r in rows))
print("checksum", cs)
print("center", rows[60][80], repr(Vec(1, 2, 3)))
