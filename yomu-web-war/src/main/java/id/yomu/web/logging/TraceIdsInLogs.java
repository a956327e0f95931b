package id.yomu.web.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adds the current trace id and span id to every JSON log record written on a thread with a span (as
 * ext_traceId and ext_spanId), through Liberty's LogRecordContext extensions. Liberty's API jar is not
 * on Maven Central, hence reflection; elsewhere than Liberty this does nothing. LogRecordContext holds
 * extensions weakly, so this application-scoped bean keeps them.
 */
@ApplicationScoped
public class TraceIdsInLogs {

    private static final Logger LOG = Logger.getLogger(TraceIdsInLogs.class.getName());
    private static final String CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

    private final List<Object> extensions = new ArrayList<>();

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            Class<?> context = Class.forName(CONTEXT);
            Class<?> extension = Class.forName(CONTEXT + "$Extension");
            Method register = context.getMethod("registerExtension", String.class, extension);
            add(register, extension, "traceId", SpanContext::getTraceId);
            add(register, extension, "spanId", SpanContext::getSpanId);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "Log records will not carry trace ids: no Liberty LogRecordContext", e);
        }
    }

    private void add(Method register, Class<?> extensionType, String key, Function<SpanContext, String> id)
            throws ReflectiveOperationException {
        Object extension = Proxy.newProxyInstance(extensionType.getClassLoader(), new Class<?>[] {extensionType},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> valueOf(id);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> key;
                });
        extensions.add(extension);
        register.invoke(null, key, extension);
    }

    /** The id of the span current on the logging thread, or null (no field) outside a trace. */
    private static String valueOf(Function<SpanContext, String> id) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? id.apply(span) : null;
    }
}
