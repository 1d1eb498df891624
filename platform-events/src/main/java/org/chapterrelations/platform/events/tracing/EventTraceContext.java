package org.chapterrelations.platform.events.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries the W3C trace context of the action that raised an event to the thread that sends it.
 *
 * <p>The outbox sends on a background thread, or after a restart from the relay's sweep: neither has the
 * request's trace. So an event stores the {@code traceparent} current when it is raised, and its send
 * runs in a span continuing that trace; the Kafka producer's observation then writes the
 * {@code traceparent} header, and the consumers' observation continues it. A request, the events it
 * raises and every consumer of them share one trace id.
 */
public class EventTraceContext {

    public static final String TRACEPARENT = "traceparent";

    private static final EventTraceContext NONE = new EventTraceContext(null, null);

    /** What {@link #current()} reads: static, because events are raised inside aggregates, not beans. */
    private static volatile EventTraceContext installed = NONE;

    private final Tracer tracer;

    private final Propagator propagator;

    public EventTraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without a tracer: nothing is captured, sends run as they are. */
    public static EventTraceContext none() {
        return NONE;
    }

    /** The {@code traceparent} of the span current on this thread; null without one (or without a tracer). */
    public static String current() {
        return installed.traceparent();
    }

    /** Makes this the context {@link #current()} reads (the last application context started wins). */
    public EventTraceContext install() {
        installed = this;
        return this;
    }

    public void uninstall() {
        if (installed == this) {
            installed = NONE;
        }
    }

    String traceparent() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a new span of the given trace; as it is when there is no trace to continue. */
    public <T> T continueTrace(String traceparent, String spanName, Supplier<T> work) {
        return continueTrace(traceparent, spanName, null, work);
    }

    /** The same, in a span of the given kind ({@code CONSUMER} for a record a batch consumer applies). */
    public <T> T continueTrace(String traceparent, String spanName, Span.Kind kind, Supplier<T> work) {
        if (tracer == null || traceparent == null) {
            return work.get();
        }
        Span.Builder builder = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(spanName);
        Span span = (kind == null ? builder : builder.kind(kind)).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        }
        catch (RuntimeException ex) {
            span.error(ex);
            throw ex;
        }
        finally {
            span.end();
        }
    }
}
