package id.yomu.engine.platform;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * One span per core event the engine handles, a child of the core action that wrote the event (its
 * W3C traceparent kept in the outbox row), so a quiz submission's trace shows the XP it earned even
 * though the engine handles it later on another thread or instance. A no-op while tracing is off.
 */
@ApplicationScoped
public class EventTracing {

    private static final TextMapGetter<String> TRACE_PARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of("traceparent");
        }

        @Override
        public String get(String traceParent, String key) {
            return "traceparent".equals(key) ? traceParent : null;
        }
    };

    @Inject
    Tracer tracer;

    /** Runs the handling of one event inside its span; an exception marks the span failed and goes on. */
    public void handle(String traceParent, UUID eventId, String eventType, Runnable handling) {
        Span span = tracer.spanBuilder("engine handle " + eventType)
                .setParent(parentOf(traceParent))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "yomu_outbox")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.message.id", eventId.toString())
                .setAttribute("yomu.event.type", eventType)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            handling.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static Context parentOf(String traceParent) {
        if (traceParent == null) {
            return Context.current();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, TRACE_PARENT);
    }
}
