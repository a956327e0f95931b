package id.yomu.core.events.internal;

import io.opentelemetry.context.Context;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import java.util.HashMap;
import java.util.Map;

/** The W3C traceparent of the span current on this thread, or null when tracing is off. */
final class TraceParent {

    private TraceParent() {
    }

    static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
