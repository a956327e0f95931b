package id.yomu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The HTTP API of the Prometheus that scrapes the test stack. */
public final class Prometheus {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Prometheus() {
    }

    /** An instant query: status "success" with data.result, or "error" with errorType and error. */
    public static JsonObject query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    public static JsonObject get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.prometheusUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new AssertionError("Prometheus does not answer " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
