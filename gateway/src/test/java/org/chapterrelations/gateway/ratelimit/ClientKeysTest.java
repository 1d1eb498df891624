package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientKeysTest {

    private final ClientKeys keys = new ClientKeys(List.of("10.0.0.0/8", "192.168.1.7"));

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(keys.clientIp(from("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightmostUntrustedHop() {
        assertThat(keys.clientIp(from("10.1.2.3", "1.2.3.4, 198.51.100.20, 192.168.1.7"))).isEqualTo("198.51.100.20");
    }

    @Test
    void aClientCannotPickItsBucketByForgingTheLeftOfTheChain() {
        assertThat(keys.clientIp(from("10.1.2.3", "6.6.6.6, 198.51.100.20"))).isEqualTo("198.51.100.20");
    }

    @Test
    void garbageInTheChainFallsBackToThePeer() {
        assertThat(keys.clientIp(from("10.1.2.3", "not-an-ip"))).isEqualTo("10.1.2.3");
    }

    @Test
    void cidrRangesMatchIpv4AndIpv6() {
        assertThat(IpRange.parse("10.0.0.0/8").contains("10.255.0.1")).isTrue();
        assertThat(IpRange.parse("10.0.0.0/8").contains("11.0.0.1")).isFalse();
        assertThat(IpRange.parse("fd00::/8").contains("fd12::1")).isTrue();
        assertThat(IpRange.parse("::1").contains("127.0.0.1")).isFalse();
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        return MockServerHttpRequest.get("/api/directory/chapters")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("X-Forwarded-For", forwardedFor)
                .build();
    }
}
