import ipaddress as I

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

for text in ["192.168.1.1", "0.0.0.0", "255.255.255.255", "::1", "2001:db8::8a2e:370:7334",
             "2001:0db8:0000:0000:0000:0000:0000:0001", "::", "1::", "::ffff:192.0.2.1", "fe80::1%eth0",
             "1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", 3232235777, 2**32, b"\x7f\x00\x00\x01",
             b"\x00" * 16, "1.2.3", "1.2.3.04", "1.2.3.256", "1.2.3.1234", "1.2.3.x", "1.2..3", "", "1.2.3.4/24",
             "1:2", "1:::2", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "1:2:3:4:5:6:7:8:9",
             "1:2:3:4:5:6:7", "12345::", "g::", "::1.2.3.999", "1:2:3:4:5:6:7::8", "fe80::1%", -1, "nope"]:
    show(repr(text), lambda: repr(I.ip_address(text)))

for text in ["1.2.3.4", "::1"]:
    show("v4", lambda: I.IPv4Address(text))
    show("v6", lambda: I.IPv6Address(text))
show("v4 bytes", lambda: I.IPv4Address(b"\x01\x02\x03"))
show("v6 big", lambda: I.IPv6Address(2**128))
show("v4 neg", lambda: I.IPv4Address(-5))

a = I.ip_address("192.168.1.10")
b = I.ip_address("2001:db8::1")
print(a.version, a.max_prefixlen, int(a), a.packed, a.exploded, a.compressed, a.reverse_pointer)
print(b.version, b.max_prefixlen, int(b), b.packed, b.exploded, b.compressed, b.reverse_pointer)
print(a + 5, a - 10, b + 255, a + 1 > a, a == I.IPv4Address("192.168.1.10"), a != b, a < a + 1, a <= a, a >= a)
show("overflow", lambda: I.ip_address("255.255.255.255") + 1)
show("mixed lt", lambda: a < b)
show("add str", lambda: a + "x")
print(hash(a) == hash(I.ip_address("192.168.1.10")), len({a, a + 0, b}), sorted([a + 3, a, a + 1]))
print(format(a, "b"), format(a, "#x"), format(a, "_X"), format(a, "n"), format(b, "#_n"), format(a, "s"), f"{a:>16s}|")
show("bad format", lambda: format(a, "d"))
print(I.ip_address("::ffff:1.2.3.4").ipv4_mapped, I.ip_address("2002:c000:0204::1").sixtofour,
      I.ip_address("2001:0000:4136:e378:8000:63bf:3fff:fdd2").teredo, b.ipv4_mapped, b.sixtofour, b.teredo)
print(I.ip_address("fe80::1%eth0").scope_id, I.ip_address("fe80::1%eth0") == I.ip_address("fe80::1"), b.scope_id)
print(I.IPv4Address("1.2.3.4").ipv6_mapped)
m = I.ip_address("::ffff:1.2.3.4")
print(m.exploded, m.reverse_pointer, I.ip_interface("::ffff:1.2.3.4/120").exploded, I.ip_network("::ffff:0:0/96").exploded)
print(I.ip_interface('::ffff:1.2.3.4/120').reverse_pointer, I.ip_interface('::1/120').reverse_pointer)
print(I.ip_network('::/120').reverse_pointer, I.ip_network('1.2.3.0/24').reverse_pointer, I.ip_interface('1.2.3.4/24').reverse_pointer)

flags = ["is_private", "is_global", "is_loopback", "is_link_local", "is_unspecified", "is_multicast", "is_reserved"]
for text in ["10.1.2.3", "172.16.5.4", "172.32.0.1", "192.168.0.1", "8.8.8.8", "127.0.0.1", "169.254.1.1", "0.0.0.0",
             "224.0.0.1", "240.0.0.1", "255.255.255.255", "100.64.0.1", "192.0.0.9", "192.0.0.8", "198.18.0.1",
             "::1", "::", "fe80::1", "fc00::1", "ff02::1", "2001:db8::1", "2606:4700::1111", "::ffff:10.0.0.1",
             "::ffff:127.0.0.1", "::ffff:8.8.8.8", "2001:1::1", "2001:2::1", "64:ff9b:1::1", "fec0::1", "4000::1"]:
    ip = I.ip_address(text)
    print(text, [f for f in flags if getattr(ip, f)], getattr(ip, "is_site_local", None))

n = I.ip_network("192.168.0.0/24")
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, n.version, n.max_prefixlen)
print(n[0], n[1], n[-1], n[255], list(n.hosts())[:3], len(list(n.hosts())), len(list(n)))
show("index", lambda: n[256])
show("neg index", lambda: n[-257])
print(I.ip_address("192.168.0.77") in n, I.ip_address("192.168.1.1") in n, I.ip_address("::1") in n,
      I.ip_network("192.168.0.0/25") in n)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=26)))
print(n.supernet(), n.supernet(prefixlen_diff=8), n.supernet(new_prefix=16), I.ip_network("0.0.0.0/0").supernet())
show("subnets err", lambda: list(n.subnets(new_prefix=20)))
show("subnets err2", lambda: list(n.subnets(prefixlen_diff=2, new_prefix=26)))
show("subnets err3", lambda: list(n.subnets(prefixlen_diff=10)))
show("subnets err4", lambda: list(n.subnets(prefixlen_diff=-1)))
show("supernet err", lambda: n.supernet(new_prefix=25))
show("supernet err2", lambda: n.supernet(prefixlen_diff=30))
print(list(I.ip_network("10.0.0.1/32").subnets()), list(I.ip_network("10.0.0.0/31").hosts()),
      list(I.ip_network("10.0.0.1/32").hosts()))
print(list(n.address_exclude(I.ip_network("192.168.0.128/27"))))
print(list(n.address_exclude(n)))
show("exclude err", lambda: list(n.address_exclude(I.ip_network("10.0.0.0/8"))))
show("exclude err2", lambda: list(n.address_exclude(I.ip_network("::/0"))))
print(n.overlaps(I.ip_network("192.168.0.128/25")), n.overlaps(I.ip_network("192.168.1.0/24")))
print(I.ip_network("192.168.0.0/25").subnet_of(n), n.supernet_of(I.ip_network("192.168.0.0/25")), n.subnet_of(n))
show("subnet_of mixed", lambda: n.subnet_of(I.ip_network("::/0")))
show("subnet_of addr", lambda: n.subnet_of(a))
print(n.compare_networks(I.ip_network("192.168.1.0/24")), n.compare_networks(n), n.compare_networks(I.ip_network("192.168.0.0/16")))
print(n == I.ip_network("192.168.0.0/24"), n < I.ip_network("192.168.0.0/25"), hash(n) == hash(I.ip_network("192.168.0.0/24")))
for text in ["192.168.0.0/255.255.255.0", "192.168.0.0/0.0.0.255", "10.0.0.0/8", "10.0.0.1", ("10.0.0.0", 8),
             ("10.0.0.0", "255.0.0.0"), (167772160, 8), 167772160, "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/255.0.255.0",
             "10.0.0.0/a", "10.0.0.0/8/8", "2001:db8::/32", "2001:db8::1/32", "2001:db8::/129", "::/0", "1.2.3.4/-1"]:
    show(repr(text), lambda: repr(I.ip_network(text)))
    show("  nonstrict", lambda: I.ip_network(text, strict=False))
n6 = I.ip_network("2001:db8::/126")
print(n6.exploded, n6.broadcast_address, n6.hostmask, n6.num_addresses, list(n6.hosts()), n6.with_netmask)
print(list(I.ip_network("2001:db8::/127").hosts()), n6.is_private, n6.is_global, I.ip_network("fe80::/64").is_link_local)
print(I.ip_network("10.0.0.0/8").is_private, I.ip_network("100.64.0.0/10").is_global, I.ip_network("0.0.0.0/0").is_private,
      I.ip_network("224.0.0.0/4").is_multicast, I.ip_network("127.0.0.0/8").is_loopback, I.ip_network("::/128").is_unspecified)

iface = I.ip_interface("192.168.1.5/24")
print(repr(iface), iface.ip, iface.network, iface.netmask, iface.hostmask, iface.with_prefixlen, iface.with_netmask, iface.with_hostmask)
print(iface == I.ip_interface("192.168.1.5/24"), iface == I.ip_interface("192.168.1.5/25"), iface == I.ip_address("192.168.1.5"),
      iface < I.ip_interface("192.168.1.6/24"), hash(iface) == hash(I.ip_interface("192.168.1.5/24")))
i6 = I.ip_interface("2001:db8::5/64")
print(repr(i6), i6.ip, i6.network, i6.exploded, i6.with_netmask, i6.is_loopback, i6.is_unspecified)
print(I.ip_interface("10.0.0.1"), I.ip_interface(("10.0.0.1", "255.255.0.0")), I.IPv4Interface(167772161))
show("bad iface", lambda: I.ip_interface("10.0.0.1/99"))
show("bad iface2", lambda: I.ip_interface("nope/1"))

print(list(I.summarize_address_range(I.ip_address("192.0.2.0"), I.ip_address("192.0.2.130"))))
print(list(I.summarize_address_range(I.ip_address("::"), I.ip_address("::ff"))))
print(list(I.summarize_address_range(I.ip_address("255.255.255.254"), I.ip_address("255.255.255.255"))))
show("sum err", lambda: list(I.summarize_address_range(I.ip_address("10.0.0.5"), I.ip_address("10.0.0.1"))))
show("sum err2", lambda: list(I.summarize_address_range(n, n)))
show("sum err3", lambda: list(I.summarize_address_range(a, b)))
print(list(I.collapse_addresses([I.ip_network("192.0.2.0/25"), I.ip_network("192.0.2.128/25")])))
print(list(I.collapse_addresses([I.ip_address("10.0.0.%d" % i) for i in range(0, 8)] + [I.ip_network("10.0.0.8/29"),
                                 I.ip_network("10.0.0.0/30"), I.ip_interface("10.0.1.1/32")])))
show("collapse mixed", lambda: list(I.collapse_addresses([a, b])))
print(sorted([I.ip_network("10.0.0.0/8"), I.ip_address("10.0.0.1"), I.ip_address("::1"), I.ip_network("::/0")],
             key=I.get_mixed_type_key))
print(I.get_mixed_type_key(5), I.v4_int_to_packed(3232235777), I.v6_int_to_packed(1))
show("packed err", lambda: I.v4_int_to_packed(2**32))
show("packed err6", lambda: I.v6_int_to_packed(-1))
print(issubclass(I.AddressValueError, ValueError), issubclass(I.NetmaskValueError, ValueError), I.IPV4LENGTH, I.IPV6LENGTH)
print(I.IPv4Address("1.2.3.4").__reduce__(), I.ip_network("1.2.3.0/24").__reduce__())
