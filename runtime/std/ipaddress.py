"""IPv4/IPv6 addresses, networks and interfaces: parsing, formatting, comparison, arithmetic,
subnetting and the special-range properties, as CPython 3.13's ipaddress."""

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, an integer or packed bytes."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; with strict, host bits set in address are an error."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with the network it belongs to."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an integer."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an integer."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _span(start, stop, step=1):
    # range() over 128-bit integers.
    while start < stop:
        yield start
        start += step


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """The networks covering exactly the addresses from first to last, in order."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_class = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo = first._ip
    hi = last._ip
    while lo <= hi:
        size_bits = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, bits - size_bits))
        lo += 1 << size_bits
        if lo - 1 == net_class._ALL_ONES:
            break


def _consecutive_runs(addresses):
    """(first, last) of each run of consecutive addresses in a sorted list."""
    first = last = addresses[0]
    for ip in addresses[1:]:
        if ip._ip != last._ip + 1:
            yield first, last
            first = ip
        last = ip
    yield first, last


def _merge_networks(networks):
    # Two halves of the same supernet merge into it, repeatedly; then networks inside an
    # earlier one are dropped.
    pending = list(networks)
    by_supernet = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        existing = by_supernet.get(parent)
        if existing is None:
            by_supernet[parent] = net
        elif existing != net:
            del by_supernet[parent]
            pending.append(parent)
    last = None
    for net in sorted(by_supernet.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """The smallest list of networks covering the given addresses and networks (an
    iterator); TypeError when they mix versions."""
    ips = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if ips and ips[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, ips[-1]))
            ips.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if ips and ips[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, ips[-1]))
            ips.append(ip.ip if hasattr(ip, 'ip') else ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, nets[-1]))
            nets.append(ip)
    ips = sorted(set(ips))
    covering = []
    if ips:
        for first, last in _consecutive_runs(ips):
            covering.extend(summarize_address_range(first, last))
    return _merge_networks(covering + nets)


def get_mixed_type_key(obj):
    """A sort key for a mix of networks and addresses of both versions."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The address in its longest text form."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The address in its shortest text form."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record for the address."""
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """The prefix length of a netmask (255.255.255.0) or hostmask (0.0.0.255)."""
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


def _ordering(cls):
    # Derives >, <= and >= from __lt__ and __eq__, as functools.total_ordering.
    def gt(self, other):
        less = cls.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        return not less and self != other

    def le(self, other):
        less = cls.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        return less or self == other

    def ge(self, other):
        less = cls.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        return not less

    cls.__gt__, cls.__le__, cls.__ge__ = gt, le, ge
    return cls


@_ordering
class _BaseAddress(_IPAddressBase):
    """An address of either version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """'s' formats as text; 'b', 'x', 'X' and 'n' (binary for IPv4, hex for IPv6) format
        the integer, zero-padded, with optional '#' and '_' grouping."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = fmt.startswith('#')
        rest = fmt[1:] if alternate else fmt
        grouping = rest.startswith('_')
        base = rest[1:] if grouping else rest
        if base not in ('x', 'b', 'n', 'X'):
            return object.__format__(self, fmt)
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), '%s0%d%s%s' % ('#' if alternate else '', width,
                                               '_' if grouping else '', base))


@_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version: a network address and a prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses: all but the network and broadcast addresses."""
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for x in _span(first + 1, last):
            yield self._address_class(x)

    def __iter__(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for x in _span(first, last + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        n += 1
        if last + n < first:
            raise IndexError('address out of range')
        return self._address_class(last + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share addresses."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks left of this one once other (a subnet of it) is removed."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            else:
                yield low
                low, high = high.subnets()
        yield high if low == other else low

    def compare_networks(self, other):
        """-1, 0 or 1 comparing network addresses, then netmasks."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets prefixlen_diff bits longer (or of prefix length new_prefix)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for first in _span(start, end, step):
            yield self.__class__((first, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of prefix length new_prefix)."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies within other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies within this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        first = self.network_address._ip
        last = self.broadcast_address._ip
        bits = self._max_prefixlen
        return (any(_in_block(first, b, bits) and _in_block(last, b, bits) for b in self._PRIVATE)
                and not any(_in_block(first, b, bits) or _in_block(last, b, bits)
                            for b in self._PRIVATE_EXCEPTIONS))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


def _in_block(ip, block, bits):
    """Whether the integer address ip is in block, a (network integer, prefix length) pair."""
    shift = bits - block[1]
    return ip >> shift == block[0] >> shift


def _v4(text):
    return IPv4Address._ip_int_from_string(text)


def _v4_blocks(*specs):
    return tuple((_v4(s.split('/')[0]), int(s.split('/')[1])) for s in specs)


class _BaseV4:
    """What IPv4 addresses and networks share."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask, prefix length) of a prefix length (int or digits) or a dotted netmask
        or hostmask."""
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            cls._netmask_cache[arg] = IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            value = 0
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        """address: a dotted-quad string, an integer, or 4 packed bytes."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    def _in_any(self, blocks):
        return any(_in_block(self._ip, b, 32) for b in blocks)

    @property
    def is_reserved(self):
        return _in_block(self._ip, (0xF0000000, 4), 32)

    @property
    def is_private(self):
        return self._in_any(_V4_PRIVATE) and not self._in_any(_V4_PRIVATE_EXCEPTIONS)

    @property
    def is_global(self):
        return not _in_block(self._ip, _V4_SHARED, 32) and not self.is_private

    @property
    def is_multicast(self):
        return _in_block(self._ip, (0xE0000000, 4), 32)

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return _in_block(self._ip, (0x7F000000, 8), 32)

    @property
    def is_link_local(self):
        return _in_block(self._ip, (0xA9FE0000, 16), 32)

    @property
    def ipv6_mapped(self):
        """The IPv4-mapped IPv6 address (::ffff:a.b.c.d)."""
        return IPv6Address('::ffff:%s' % self)


_V4_PRIVATE = _v4_blocks('0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
                         '172.16.0.0/12', '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24',
                         '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
                         '240.0.0.0/4', '255.255.255.255/32')
_V4_PRIVATE_EXCEPTIONS = _v4_blocks('192.0.0.9/32', '192.0.0.10/32')
# Shared address space (carrier-grade NAT): neither private nor global.
_V4_SHARED = _v4_blocks('100.64.0.0/10')[0]


class IPv4Interface(IPv4Address):
    """An IPv4 address together with the network it is on."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        same = IPv4Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv4Address.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or self.network == other.network and less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: 192.168.1.0/24, or with a netmask 192.168.1.0/255.255.255.0."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        """address: 'a.b.c.d/prefix' (or /netmask or /hostmask), an integer, packed bytes or
        an (address, prefix) tuple. With strict, host bits set are a ValueError; otherwise
        they are cleared."""
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    _PRIVATE = _V4_PRIVATE
    _PRIVATE_EXCEPTIONS = _V4_PRIVATE_EXCEPTIONS

    @property
    def is_global(self):
        first = self.network_address._ip
        last = self.broadcast_address._ip
        shared = _in_block(first, _V4_SHARED, 32) and _in_block(last, _V4_SHARED, 32)
        return not shared and not self.is_private


class _BaseV6:
    """What IPv6 addresses and networks share."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask, prefix length) of a prefix length, as an int or digits."""
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            cls._netmask_cache[arg] = IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
        if '.' in parts[-1]:
            try:
                ipv4_int = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((ipv4_int >> 16) & 0xFFFF))
            parts.append('%x' % (ipv4_int & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (cls._HEXTET_COUNT, ip_str))
        head, tail, skipped = cls._hextet_layout(parts, ip_str)
        try:
            value = 0
            for part in parts[:head]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - tail:]:
                value = (value << 16) | cls._parse_hextet(part)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _hextet_layout(cls, parts, ip_str):
        """(hextets before '::', hextets after it, hextets it stands for)."""
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = i
        if gap is None:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            return len(parts), 0, 0
        head = gap
        tail = len(parts) - gap - 1
        if not parts[0]:
            head -= 1
            if head:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            tail -= 1
            if tail:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        skipped = cls._HEXTET_COUNT - (head + tail)
        if skipped < 1:
            raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                    % (cls._HEXTET_COUNT - 1, ip_str))
        return head, tail, skipped

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """The hextets with the longest run (two or more, the first if tied) of zeros
        replaced by the '' that joins to '::'."""
        best_start, best_len = -1, 0
        start, length = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                length += 1
                if start == -1:
                    start = index
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_start:end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_str = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_str = str(self.ip)
        else:
            ip_str = str(self)
        hex_str = '%032x' % self._ip_int_from_string(ip_str)
        text = ':'.join(hex_str[x:x + 4] for x in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            text = '%s/%d' % (text, self._prefixlen)
        mapped = self.ipv4_mapped if isinstance(self, IPv6Address) else None
        if mapped is not None:
            # IPv4-mapped addresses keep their dotted quad (an interface loses its prefix).
            return text[:30] + str(mapped)
        return text

    def _reverse_pointer(self):
        if isinstance(self, IPv6Address) and self.ipv4_mapped is not None:
            digits = '%032x' % self._ip
        else:
            digits = self.exploded.replace(':', '')
        return '.'.join(digits[::-1]) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


def _v6_blocks(*specs):
    return tuple((IPv6Address._ip_int_from_string(s.split('/')[0]), int(s.split('/')[1]))
                 for s in specs)


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        """address: a string (optionally with a %scope id), an integer, or 16 packed bytes."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        mapped = self.ipv4_mapped
        text = super().__str__() if mapped is None else '::ffff:%s' % mapped
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented:
            return NotImplemented
        if not same:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        """The scope zone (after '%'), or None."""
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    def _in(self, block):
        return _in_block(self._ip, block, 128)

    @property
    def is_multicast(self):
        return self._ip >> 120 == 0xFF

    @property
    def is_reserved(self):
        return any(self._in(b) for b in _V6_RESERVED)

    @property
    def is_link_local(self):
        return self._ip >> 118 == 0x3FA

    @property
    def is_site_local(self):
        return self._ip >> 118 == 0x3FB

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return (any(self._in(b) for b in _V6_PRIVATE)
                and not any(self._in(b) for b in _V6_PRIVATE_EXCEPTIONS))

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_loopback
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address of a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


_V6_PRIVATE = _v6_blocks('::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64',
                         '2001::/23', '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10')
_V6_PRIVATE_EXCEPTIONS = _v6_blocks('2001:1::1/128', '2001:1::2/128', '2001:3::/32',
                                    '2001:4:112::/48', '2001:20::/28', '2001:30::/28')
_V6_RESERVED = _v6_blocks('::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
                          '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4',
                          'f000::/5', 'f800::/6', 'fe00::/9')


class IPv6Interface(IPv6Address):
    """An IPv6 address together with the network it is on."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        same = IPv6Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv6Address.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return self.network < other.network or self.network == other.network and less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return super().is_loopback and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: 2001:db8::/32."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        """address: 'x:x::x/prefix', an integer, packed bytes or an (address, prefix) tuple.
        With strict, host bits set are a ValueError; otherwise they are cleared."""
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    _PRIVATE = _V6_PRIVATE
    _PRIVATE_EXCEPTIONS = _V6_PRIVATE_EXCEPTIONS

    def hosts(self):
        """Every address but the network address (the Subnet-Router anycast address)."""
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for x in _span(first + 1, last + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')
