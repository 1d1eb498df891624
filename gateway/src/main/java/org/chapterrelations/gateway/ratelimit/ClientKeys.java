package org.chapterrelations.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the token's subject when the caller signed in, else the client's IP.
 * {@code X-Forwarded-For} is believed only as far as it was written by trusted proxies: walking it
 * from the right, the first address not of a trusted proxy is the client (anything left of it may be
 * forged by the client itself).
 */
class ClientKeys {

    private final List<IpRange> trustedProxies;

    ClientKeys(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(IpRange::parse).toList();
    }

    Mono<String> keyOf(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(principal -> "sub:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientIp(exchange.getRequest())));
    }

    String clientIp(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (IpRange.literal(hop) == null) {
                return peer; // garbage in the chain: fall back to what we know for sure
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return forwarded.isEmpty() ? peer : forwarded.get(0).trim();
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
