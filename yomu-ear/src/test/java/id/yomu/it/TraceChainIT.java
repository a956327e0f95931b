package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A quiz submission, traced: the instance exports over OTLP/HTTP the server span of the request (a child
 * of the caller's traceparent) and, once the engine has handled the QUIZ_COMPLETED event the submission
 * wrote to the outbox, the engine's span for that event, a child of the same trace; the JPA queries of
 * both appear as spans under them.
 */
class TraceChainIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aQuizSubmissionsTraceReachesTheEnginesHandlingOfItsEvent() throws Exception {
        assumeTrue(TestEnvironment.otlpPort() > 0, "tracing is off: set YOMU_OTEL_ENDPOINT (scripts/yomu test does)");
        try (OtlpReceiver receiver = new OtlpReceiver(TestEnvironment.otlpPort())) {
            Api api = Api.at(TestEnvironment.instanceUrls().get(0));
            QuizActivity quiz = QuizActivity.create(api, "jejak");
            Api reader = api.withToken(Readers.register(api, "jejak").token());
            byte[] traceId = random(16);
            byte[] callerSpan = random(8);
            String traceParent = "00-" + hex(traceId) + "-" + hex(callerSpan) + "-01";

            assertEquals(201, quiz.submitCorrect(reader.inTrace(traceParent)).status(), "quiz submitted");

            List<Span> trace = Poll.until(() -> inTrace(receiver.spans(), traceId),
                    spans -> engineSpan(spans).isPresent() && serverSpan(spans).isPresent()
                            && !queriesUnder(spans, engineSpan(spans).get()).isEmpty(), Duration.ofSeconds(60));
            Span server = serverSpan(trace).orElseThrow();
            Span engine = engineSpan(trace).orElseThrow();
            assertEquals(ByteString.copyFrom(callerSpan), server.getParentSpanId(), "the request continues the caller's trace");
            assertTrue(trace.stream().anyMatch(s -> s.getSpanId().equals(engine.getParentSpanId())),
                    "the engine's span hangs under a span of the submission: " + names(trace));
            assertEquals(Span.SpanKind.SPAN_KIND_CONSUMER, engine.getKind());
            assertTrue(attribute(engine, "messaging.message.id").isPresent(), "the event id on the engine span");
            List<Span> requestQueries = trace.stream().filter(s -> s.getName().startsWith("jpa ")
                    && !s.getParentSpanId().equals(engine.getSpanId())).toList();
            assertTrue(requestQueries.stream().anyMatch(s -> attribute(s, "db.query.text").orElse("").contains("core.")),
                    "the submission's SQL as JPA spans: " + names(trace));
            assertTrue(queriesUnder(trace, engine).stream().allMatch(s -> s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT));
        }
    }

    private static List<Span> inTrace(List<Span> spans, byte[] traceId) {
        ByteString id = ByteString.copyFrom(traceId);
        return spans.stream().filter(s -> s.getTraceId().equals(id)).toList();
    }

    private static Optional<Span> serverSpan(List<Span> trace) {
        return trace.stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                && s.getName().contains("quiz/submissions")).findFirst();
    }

    private static Optional<Span> engineSpan(List<Span> trace) {
        return trace.stream().filter(s -> s.getName().equals("engine handle QUIZ_COMPLETED")).findFirst();
    }

    private static List<Span> queriesUnder(List<Span> trace, Span parent) {
        return trace.stream().filter(s -> s.getName().startsWith("jpa ") && s.getParentSpanId().equals(parent.getSpanId()))
                .toList();
    }

    private static Optional<String> attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).map(KeyValue::getValue)
                .map(v -> v.getStringValue()).findFirst();
    }

    private static List<String> names(List<Span> trace) {
        return trace.stream().map(s -> s.getName() + "(" + s.getKind() + ")").toList();
    }

    private static byte[] random(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return id;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
