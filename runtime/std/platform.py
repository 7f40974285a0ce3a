"""Information about the platform the interpreter runs on, as CPython 3.13's platform module
gives it, from what Edge Python knows: sys.platform names the system, _os._machine() the
processor architecture. What only the host's uname(2), its C library or its executable
could tell (node name, kernel release and version, processor, libc version) is blank, as
CPython's platform answers where it cannot find out."""

import collections
import sys

from _os import _machine

__version__ = '1.0.9'

_SYSTEMS = {"linux": "Linux", "darwin": "Darwin", "win32": "Windows", "freebsd": "FreeBSD",
            "emscripten": "Emscripten", "wasi": "WASI"}


class uname_result(tuple):
    """uname() -> (system, node, release, version, machine, processor); the repr, like
    CPython's, shows the first five."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, ''))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))
    processor = property(lambda self: tuple.__getitem__(self, 5))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return cls(*values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = dict(zip(self._fields[:5], self), **changes)
        return uname_result(*(values[f] for f in self._fields[:5]))

    def __repr__(self):
        fields = ', '.join(f'{f}={v!r}' for f, v in zip(self._fields[:5], self))
        return f'uname_result({fields})'

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


uname_result.__module__ = 'platform'

_uname_cache = None


def uname():
    """Fairly portable uname interface: (system, node, release, version, machine,
    processor), each '' when it cannot be determined."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(_SYSTEMS.get(sys.platform, ''), '', '', '', _machine())
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux', 'Windows', 'Java'; '' if unknown."""
    return uname().system


def node():
    """The computer's network name; '' if unknown."""
    return uname().node


def release():
    """The system's release, e.g. '2.2.0' or 'NT'; '' if unknown."""
    return uname().release


def version():
    """The system's release version, e.g. '#3 on degas'; '' if unknown."""
    return uname().version


def machine():
    """The machine type, e.g. 'i386'; '' if unknown."""
    return uname().machine


def processor():
    """The (true) processor name, e.g. 'amdk6'; '' if unknown."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: the pointer size, and the file format CPython
    reads from the executable with file(1); with no executable to read, ''."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2**32 else '32bit'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version) of the C library the executable links against; the defaults when it
    cannot be determined."""
    return lib, version


def _platform(*parts):
    """The non-empty parts joined by '-', with characters unfit for a file name replaced and
    'unknown' dropped."""
    text = '-'.join(p.strip() for p in parts if p)
    text = text.replace(' ', '_')
    for c in '/\\:;"()':
        text = text.replace(c, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def system_alias(system, release, version):
    """(system, release, version) with the marketing names of some systems (SunOS 5 as
    Solaris); others unchanged."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        # The marketing release is the SunOS release minus 3.
        major, dot, rest = release.partition('.')
        try:
            release = str(int(major) - 3) + dot + rest
        except ValueError:
            pass
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def platform(aliased=False, terse=False):
    """A single string naming the platform, e.g. 'Linux-x86_64-with'."""
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        lib, lib_version = libc_ver()
        return _platform(system, release, machine, processor, 'with', lib + lib_version)
    if terse:
        return _platform(system, release)
    if system == 'Windows':
        return _platform(system, release, version)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)


def python_implementation():
    """The interpreter's implementation: 'EdgePython' (sys.implementation.name is
    'edge'), where CPython answers 'CPython'."""
    return 'EdgePython'


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    v = sys.version_info
    return f'{v.major}.{v.minor}.{v.micro}'


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(python_version().split('.'))


def python_branch():
    """The branch the interpreter was built from; '' if unknown."""
    return ''


def python_revision():
    """The revision the interpreter was built from; '' if unknown."""
    return ''


def python_build():
    """(buildno, builddate) of the interpreter; '' each when unknown."""
    return ('', '')


def python_compiler():
    """The compiler that built the interpreter; '' if unknown."""
    return ''


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information (release, versioninfo, machine); the defaults elsewhere."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information (release, version, csd, ptype); the defaults
    elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Java version information; the defaults outside Jython."""
    import warnings
    warnings.warn("'java_ver' is deprecated and slated for removal in Python 3.15",
                  DeprecationWarning, stacklevel=2)
    return release, vendor, vminfo, osinfo


AndroidVer = collections.namedtuple(
    'AndroidVer', 'release api_level manufacturer model device is_emulator')
AndroidVer.__module__ = 'platform'


def android_ver(release='', api_level=0, manufacturer='', model='', device='',
                is_emulator=False):
    """Android version information; the defaults elsewhere."""
    return AndroidVer(release, api_level, manufacturer, model, device, is_emulator)


IOSVersionInfo = collections.namedtuple('IOSVersionInfo', 'system release model is_simulator')
IOSVersionInfo.__module__ = 'platform'


def ios_ver(system='', release='', model='', is_simulator=False):
    """iOS version information; the defaults elsewhere."""
    return IOSVersionInfo(system, release, model, is_simulator)


_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _parse_os_release(lines):
    """The fields of an os-release file: NAME=value lines, the value possibly quoted with
    backslash escapes."""
    import re
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    line_re = re.compile(r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
    escape_re = re.compile(r"\\([\\\$\"'`])")
    for line in lines:
        m = line_re.match(line)
        if m is not None:
            info[m.group('name')] = escape_re.sub(r'\1', m.group('value'))
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        import errno
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f.read().splitlines())
                break
            except OSError:
                pass
        else:
            raise OSError(errno.ENOENT, 'Unable to read files ' + ', '.join(_os_release_candidates))
    return _os_release_cache.copy()
