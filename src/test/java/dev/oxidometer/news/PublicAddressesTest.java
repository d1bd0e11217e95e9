package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import inet.ipaddr.IPAddressString;

/** The SSRF classifier on its own: which addresses and which host spellings a server-side fetch refuses. */
class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv6 forms that embed an IPv4 address (issue 12, finding 5)
            "::127.0.0.1", "::10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::7f00:1",
            "64:ff9b::93.184.215.14", "64:ff9b:1::a00:1", "2002:7f00:1::1", "2002:5db8:d70e::1", "2001:0:4136:e378::1",
            // IANA special-purpose IPv4 ranges
            "198.18.0.1", "198.19.255.254", "192.0.0.1", "192.0.0.170", "192.0.2.1", "198.51.100.7", "203.0.113.9",
            "192.88.99.1", "192.31.196.1", "192.52.193.1", "192.175.48.1", "240.0.0.1", "255.255.255.255",
            "224.0.0.1", "0.1.2.3", "100.64.0.1", "100.127.255.255", "127.8.8.8", "169.254.169.254", "10.0.0.1",
            "172.31.255.255", "192.168.1.1",
            // IANA special-purpose IPv6 ranges and everything outside global unicast
            "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "100::1", "2001:db8::1",
            "2001:2::1", "2001:10::1", "2001:20::1", "2620:4f:8000::1", "3fff::1", "5f00::1", "4000::1"})
    void non_public_addresses_are_refused(String address) throws Exception {
        assertThat(PublicAddresses.refusal(new IPAddressString(address).getAddress())).as(address).isPresent();
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).as(address).isPresent();
    }

    @org.junit.jupiter.api.Test
    void an_ipv4_mapped_ipv6_address_is_refused_even_when_its_ipv4_address_is_public() {
        // (the JDK turns ::ffff:a.b.c.d into the IPv4 address itself, which is then classified as such)
        assertThat(PublicAddresses.refusal(new IPAddressString("::ffff:93.184.215.14").getAddress()))
                .contains("an IPv4-embedding (IPv4-mapped)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "151.101.1.69", "2606:4700::1111",
            "2a00:1450:4001:80b::200e", "2001:4860:4860::8888", "198.20.0.1", "192.0.3.1", "100.128.0.1"})
    void public_unicast_addresses_are_allowed(String address) throws Exception {
        assertThat(PublicAddresses.refusal(new IPAddressString(address).getAddress())).as(address).isEmpty();
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0x7F.1", "127.1", "127.0.1",
            "017700000001", "127.000.000.001", "1.2.3.04", "127.0.0.1.", "example.0x10", "foo.123", "0", "0x",
            "256.0.0.1", "1.2.3.4.5"})
    void numeric_hosts_in_ambiguous_forms_are_refused_before_any_lookup(String host) {
        assertThat(PublicAddresses.ambiguousHost(host)).as(host).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "127.0.0.1", "lwn.net", "feeds.example.com", "1e100.net", "[::1]",
            "[2606:4700::1111]", "xn--bcher-kva.example", "0x.example"})
    void host_names_and_plain_dotted_quads_are_not_ambiguous(String host) {
        assertThat(PublicAddresses.ambiguousHost(host)).as(host).isEmpty();
    }
}
