# A small raytracer: vector class with operator overloading, spheres and planes, diffuse and
# specular lighting, reflections; renders a tiny image and prints a checksum plus ASCII art.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self / abs(self)

    def reflect(self, normal):
        return self - normal * (2 * (self @ normal))

    def __repr__(self):
        return "Vec({:.4f}, {:.4f}, {:.4f})".format(*self)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.2, reflect=0.0):
        self.color, self.diffuse, self.specular, self.reflect = color, diffuse, specular, reflect


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre, self.radius, self.material = centre, radius, material

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc @ ray.direction
        c = oc @ oc - self.radius ** 2
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point, self.n, self.material = point, normal.normalized(), material

    def hit(self, ray):
        denom = self.n @ ray.direction
        if abs(denom) < 1e-9:
            return None
        t = ((self.point - ray.origin) @ self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best = (math.inf, None)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best[0]:
                best = (t, obj)
        return best

    def trace(self, ray, depth=0):
        t, obj = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        p = ray.at(t)
        n = obj.normal(p)
        m = obj.material
        colour = m.color * self.ambient
        for light in self.lights:
            to_light = (light - p).normalized()
            shadow_t, blocker = self.nearest(Ray(p + n * 1e-4, to_light))
            if blocker is not None and shadow_t < abs(light - p):
                continue
            lambert = max(0.0, n @ to_light)
            colour = colour + m.color * (m.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            colour = colour + Vec(1, 1, 1) * (m.specular * max(0.0, n @ half) ** 32)
        if m.reflect > 0 and depth < 3:
            bounced = self.trace(Ray(p + n * 1e-4, ray.direction.reflect(n)), depth + 1)
            colour = colour * (1 - m.reflect) + bounced * m.reflect
        return colour


def render(scene, width, height):
    eye = Vec(0, 1, -4)
    pixels = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (2 * (i + 0.5) / width - 1) * width / height
            y = 1 - 2 * (j + 0.5) / height
            ray = Ray(eye, Vec(x, y + 1, 0) - eye + Vec(0, -1, 4) - Vec(0, -1, 4) + Vec(0, 0, 0))
            row.append(scene.trace(ray))
        pixels.append(row)
    return pixels


scene = Scene()
scene.objects += [
    Sphere(Vec(0, 1, 3), 1, Material(Vec(1, 0.2, 0.2), reflect=0.3)),
    Sphere(Vec(-2, 0.5, 4), 0.5, Material(Vec(0.2, 1, 0.2))),
    Sphere(Vec(2, 0.75, 2.5), 0.75, Material(Vec(0.2, 0.2, 1), specular=0.6, reflect=0.5)),
    Plane(Vec(0, 0, 0), Vec(0, 1, 0), Material(Vec(0.8, 0.8, 0.8), reflect=0.1)),
]
scene.lights += [Vec(-3, 5, -3), Vec(4, 6, 0)]
W, H = 40, 20
image = render(scene, W, H)
total = Vec(0, 0, 0)
checksum = 0
for j, row in enumerate(image):
    for i, c in enumerate(row):
        total = total + c
        r, g, b = (min(255, int(255 * max(0.0, v))) for v in c)
        checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 2**61
print("sum", total, "checksum", checksum)
ramp = " .,:;irsXA253hMHGS#9B&@"
for row in image[::2]:
    print("".join(ramp[min(len(ramp) - 1, int((c.x + c.y + c.z) / 3 * len(ramp)))] for c in row))
a, b = Vec(1, 2, 3), Vec(-2, 0.5, 4)
print(a + b, a - b, 2 * a, a * 2, -a, a @ b, abs(b), a.cross(b), a == Vec(1, 2, 3), len({a, Vec(1, 2, 3), b}))
print(Vec(1, -1, 0).reflect(Vec(0, 1, 0)), list(a), tuple(b / 2))
