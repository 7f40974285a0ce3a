# platform: the answers that do not depend on the machine, and those that do checked against
# sys and each other.
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields, len(tuple(u)), u.processor == u[5] == platform.processor())
print(u.system == u[0] == platform.system(), u.machine == u[4] == platform.machine())
print(all(isinstance(x, str) for x in u), u[:0], list(u)[4:5] == [platform.machine()])
print(platform.system() == {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}.get(sys.platform, platform.system()))
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.architecture()[0] == ("64bit" if sys.maxsize > 2**32 else "32bit"))
print(platform.system_alias("Linux", "6.1", "#1"), platform.system_alias("SunOS", "5.8", "v"))
print(platform.system_alias("SunOS", "4.1", "v"), platform.system_alias("win32", "10", "x"))
print(platform.mac_ver(), platform.mac_ver("14.0"), platform.win32_ver(), platform.win32_ver("10"))
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.android_ver())
print(platform.android_ver("14", 34).api_level, platform.ios_ver(), platform.ios_ver("iOS").system)
print(type(platform.libc_ver()).__name__, type(platform.platform()).__name__)
print(platform.platform().startswith(platform.system()), platform.platform(terse=True).startswith(platform.system()))
r = u._replace(node="box")
print(r.node, r.system == u.system, type(r).__name__, r._asdict()["node"])
print(platform.uname() is platform.uname(), isinstance(platform.python_implementation(), str))
print(isinstance(platform.python_build(), tuple), isinstance(platform.python_compiler(), str))
