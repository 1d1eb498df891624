package org.chapterrelations.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.chapterrelations.gateway.problem.ProblemWriter;
import org.chapterrelations.gateway.ratelimit.RateLimitFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the route's limit with 413: up front when {@code Content-Length} says
 * so, and while streaming for chunked bodies (which declare no length), so neither way gets a large
 * body through to a service. Bodies are never buffered here.
 */
@Component
public class BodyLimitFilter implements GlobalFilter, Ordered {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final BodyLimitProperties properties;

    public BodyLimitFilter(BodyLimitProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request.getPath().pathWithinApplication().value());
        if (request.getHeaders().getContentLength() > limit) {
            return ProblemWriter.write(exchange, HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLargeException(limit));
                    }
                    else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    long limitFor(String path) {
        return properties.largerBodies().stream()
                .filter(limit -> PATHS.match(limit.path(), path))
                .findFirst()
                .map(limit -> limit.maxBody().toBytes())
                .orElse(properties.maxBody().toBytes());
    }

    static String tooLarge(long limit) {
        return "The request body is larger than the " + limit + " bytes accepted here.";
    }

    @Override
    public int getOrder() {
        return RateLimitFilter.ORDER + 1;
    }
}
