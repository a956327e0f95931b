package id.yomu.core.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.spi.CDI;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A CLIENT span per query EclipseLink executes (JPQL, named and native SQL), named after the query
 * type, with the SQL it sent. Registered by name in each persistence.xml (eclipselink.session-event-listener),
 * so EclipseLink, not CDI, creates it: the tracer is looked up from CDI on first use. The spans are
 * never made current, so a query that fails (EclipseLink then skips postExecuteQuery) leaves no
 * context behind on the pooled thread, only an unended span that is dropped.
 */
public class JpaQueryTracing extends SessionEventAdapter {

    private static final int MAX_OPEN_PER_THREAD = 64;

    private final ThreadLocal<Map<DatabaseQuery, Span>> open = ThreadLocal.withInitial(IdentityHashMap::new);
    private volatile Tracer tracer;

    @Override
    public void preExecuteQuery(SessionEvent event) {
        Tracer current = tracer();
        if (current == null) {
            return;
        }
        Map<DatabaseQuery, Span> spans = open.get();
        if (spans.size() >= MAX_OPEN_PER_THREAD) {
            spans.clear(); // queries that failed never reached postExecuteQuery
        }
        DatabaseQuery query = event.getQuery();
        spans.put(query, current.spanBuilder("jpa " + query.getClass().getSimpleName())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system.name", "postgresql")
                .setAttribute("db.operation.name", query.getClass().getSimpleName())
                .startSpan());
    }

    @Override
    public void postExecuteQuery(SessionEvent event) {
        Span span = open.get().remove(event.getQuery());
        if (span == null) {
            return;
        }
        String sql = event.getQuery().getSQLString();
        if (sql != null) {
            span.setAttribute("db.query.text", sql);
        }
        span.end();
    }

    private Tracer tracer() {
        if (tracer == null) {
            try {
                tracer = CDI.current().select(Tracer.class).get();
            } catch (RuntimeException e) {
                return null; // outside an application thread (deployment): no span for this query
            }
        }
        return tracer;
    }
}
