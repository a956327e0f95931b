package id.yomu.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A minimal OTLP/HTTP trace receiver (protobuf, POST /v1/traces) in the test JVM: it keeps every span
 * the instances export and answers each export with success, other signals with an empty 200.
 */
final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    OtlpReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            byte[] reply = new byte[0];
            if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(bytes);
                for (ResourceSpans resource : request.getResourceSpansList()) {
                    for (ScopeSpans scope : resource.getScopeSpansList()) {
                        spans.addAll(scope.getSpansList());
                    }
                }
                reply = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, reply.length == 0 ? -1 : reply.length);
            exchange.getResponseBody().write(reply);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
