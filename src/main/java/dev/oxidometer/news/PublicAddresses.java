package dev.oxidometer.news;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * Which addresses a server-side fetch may go to: public unicast addresses only. Classification is done by the
 * IPAddress library (parsing, prefix containment, the IPv6 transition forms), against the IANA special-purpose
 * address registries (IPv4 and IPv6, as of 2026) plus multicast and the reserved 240/4.
 * <p>
 * IPv6 addresses that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d},
 * NAT64 {@code 64:ff9b::/96} and {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}) are refused
 * outright: where they lead depends on gateways this server cannot see. Outside those, an IPv6 address must be
 * global unicast ({@code 2000::/3}).
 */
final class PublicAddresses {

    private record Range(IPAddress block, String kind) {
        static Range of(String cidr, String kind) {
            return new Range(new IPAddressString(cidr).getAddress().toPrefixBlock(), kind);
        }
    }

    /** IANA IPv4 Special-Purpose Address Registry, every entry (reachable or not), plus multicast and 240/4. */
    private static final List<Range> V4 = List.of(
            Range.of("0.0.0.0/8", "an unspecified (this network)"),
            Range.of("10.0.0.0/8", "a private"),
            Range.of("100.64.0.0/10", "a private (shared, carrier-grade NAT)"),
            Range.of("127.0.0.0/8", "a loopback"),
            Range.of("169.254.0.0/16", "a link-local"),
            Range.of("172.16.0.0/12", "a private"),
            Range.of("192.0.0.0/24", "a special-purpose (IETF protocol assignments)"),
            Range.of("192.0.2.0/24", "a documentation"),
            Range.of("192.31.196.0/24", "a special-purpose (AS112)"),
            Range.of("192.52.193.0/24", "a special-purpose (AMT)"),
            Range.of("192.88.99.0/24", "a special-purpose (6to4 relay anycast)"),
            Range.of("192.168.0.0/16", "a private"),
            Range.of("192.175.48.0/24", "a special-purpose (AS112 direct delegation)"),
            Range.of("198.18.0.0/15", "a special-purpose (benchmarking)"),
            Range.of("198.51.100.0/24", "a documentation"),
            Range.of("203.0.113.0/24", "a documentation"),
            Range.of("224.0.0.0/4", "a multicast"),
            Range.of("240.0.0.0/4", "a reserved"),
            Range.of("255.255.255.255/32", "a broadcast"));

    /** IANA IPv6 Special-Purpose Address Registry entries inside 2000::/3 (the rest is refused as not global). */
    private static final List<Range> V6 = List.of(
            Range.of("2001::/32", "an IPv4-embedding (Teredo)"),
            Range.of("2001::/23", "a special-purpose (IETF protocol assignments)"),
            Range.of("2001:db8::/32", "a documentation"),
            Range.of("2002::/16", "an IPv4-embedding (6to4)"),
            Range.of("2620:4f:8000::/48", "a special-purpose (AS112)"),
            Range.of("3fff::/20", "a documentation"));

    private static final IPAddress GLOBAL_UNICAST = new IPAddressString("2000::/3").getAddress().toPrefixBlock();
    private static final IPAddress NAT64_LOCAL = new IPAddressString("64:ff9b:1::/48").getAddress().toPrefixBlock();

    /** The last label of a host that URL parsers (WHATWG, curl, inet_aton) read as an IPv4 number. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                    + "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final IPAddressStringParameters STRICT_LITERAL = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowPrefix(false).allowMask(false).allowSingleSegment(false)
            .allowWildcardedSeparator(false).allow_inet_aton(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowUnlimitedLeadingZeros(false)
            .allowWildcardedSeparator(false).allowBinary(false).getParentBuilder()
            .toParams();

    private PublicAddresses() {
    }

    /** Why a server-side fetch must not go to this address; empty when it is a public unicast address. */
    static Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return refusal(new IPv4Address(v4));
        }
        return refusal(new IPv6Address((Inet6Address) address));
    }

    static Optional<String> refusal(IPAddress a) {
        if (a instanceof IPv4Address) {
            return V4.stream().filter(r -> r.block().contains(a)).findFirst().map(Range::kind);
        }
        IPv6Address v6 = (IPv6Address) a;
        if (v6.isLoopback()) {
            return Optional.of("a loopback");
        }
        if (v6.isUnspecified()) {
            return Optional.of("an unspecified");
        }
        if (v6.isIPv4Mapped() || v6.isIPv4Compatible()) {
            return Optional.of("an IPv4-embedding (" + (v6.isIPv4Mapped() ? "IPv4-mapped" : "IPv4-compatible") + ")");
        }
        if (v6.isWellKnownIPv4Translatable() || NAT64_LOCAL.contains(v6)) {
            return Optional.of("an IPv4-embedding (NAT64)");
        }
        if (v6.isLinkLocal()) {
            return Optional.of("a link-local");
        }
        if (v6.isUniqueLocal() || v6.isSiteLocal()) {
            return Optional.of("a private");
        }
        if (v6.isMulticast()) {
            return Optional.of("a multicast");
        }
        if (!GLOBAL_UNICAST.contains(v6)) {
            return Optional.of("a reserved (not global unicast)");
        }
        return V6.stream().filter(r -> r.block().contains(v6)).findFirst().map(Range::kind);
    }

    /**
     * Why a URL host must not even be looked up: a numeric host in any form other than four plain decimal numbers
     * ({@code 0177.0.0.1}, {@code 2130706433}, {@code 0x7f.1}, {@code 127.1}) is read as different addresses by
     * different programs (Java reads {@code 0177.0.0.1} as 177.0.0.1, curl and browsers as 127.0.0.1).
     */
    static Optional<String> ambiguousHost(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.startsWith("[")) {
            return Optional.empty();
        }
        String last = h.substring(h.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(last).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            return Optional.of("the host " + host + " is a numeric address in an ambiguous form"
                    + " (programs read it differently); write it as four decimal numbers, a.b.c.d");
        }
        return Optional.empty();
    }

    /** The address a host names literally (dotted quad or bracketed/bare IPv6), or empty for a host name. */
    static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!DOTTED_QUAD.matcher(bare).matches() && bare.indexOf(':') < 0) {
            return Optional.empty();
        }
        IPAddressString s = new IPAddressString(bare.toLowerCase(Locale.ROOT), STRICT_LITERAL);
        IPAddress a = s.getAddress();
        return a == null || a.getNetworkPrefixLength() != null ? Optional.empty() : Optional.of(a.toInetAddress());
    }
}
