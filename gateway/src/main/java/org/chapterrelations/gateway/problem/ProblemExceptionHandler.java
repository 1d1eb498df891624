package org.chapterrelations.gateway.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.chapterrelations.gateway.limits.BodyTooLargeException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
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
        String service = route == null ? "The gateway"
                : String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        HttpStatus status = statusFor(ex, route != null);
        if (status.is5xxServerError()) {
            log.warn("Request " + exchange.getRequest().getPath() + " to " + service + " failed: " + ex);
        }
        return ProblemWriter.write(exchange, status, detail(status, service, ex));
    }

    static HttpStatus statusFor(Throwable ex, boolean routed) {
        // A status decided on purpose (by a filter, the breaker, a timeout) may come wrapped by the HTTP client.
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseStatusException statusException) {
                HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
                return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            // ServiceUnavailableException: the service's circuit breaker is open.
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ServiceUnavailableException) {
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

    private static String detail(HttpStatus status, String service, Throwable ex) {
        return switch (status) {
            case CONTENT_TOO_LARGE -> "The request body is larger than " + limitOf(ex) + " accepted here.";
            case SERVICE_UNAVAILABLE -> service + " is unavailable; try again shortly.";
            case GATEWAY_TIMEOUT -> service + " did not answer in time.";
            case BAD_GATEWAY -> service + " failed to answer.";
            case NOT_FOUND -> "No API is served at this path.";
            default -> status.is5xxServerError() ? "The gateway could not complete the request."
                    : "The request could not be processed: " + status.getReasonPhrase() + ".";
        };
    }

    private static String limitOf(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return "the " + tooLarge.limitBytes() + " bytes";
            }
        }
        return "what is";
    }
}
