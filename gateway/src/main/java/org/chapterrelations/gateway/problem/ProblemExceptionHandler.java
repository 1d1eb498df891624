package org.chapterrelations.gateway.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Answers every error that reaches the web layer (a backend down or too slow, no route, anything
 * unexpected) with problem+json. Ordered ahead of Boot's default handler (order -1), which would
 * render HTML or Boot's own error JSON. The detail names the backend, never the exception.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route != null ? route.getId() : "The gateway";
        HttpStatus status = statusFor(ex, route != null);
        if (status.is5xxServerError()) {
            log.warn("Request " + exchange.getRequest().getPath() + " to " + service + " failed: " + ex);
        }
        return ProblemWriter.write(exchange, status, detail(status, service));
    }

    static HttpStatus statusFor(Throwable ex, boolean routed) {
        if (ex instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (cause instanceof TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
        }
        // Past routing, what fails is the call to the backend; before it, the gateway itself.
        return routed ? HttpStatus.BAD_GATEWAY : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status, String service) {
        return switch (status) {
            case SERVICE_UNAVAILABLE -> service + " is unavailable; try again shortly.";
            case GATEWAY_TIMEOUT -> service + " did not answer in time.";
            case BAD_GATEWAY -> service + " failed to answer.";
            case NOT_FOUND -> "No API is served at this path.";
            default -> status.is5xxServerError() ? "The gateway could not complete the request."
                    : "The request could not be processed: " + status.getReasonPhrase() + ".";
        };
    }
}
