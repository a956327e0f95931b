package id.yomu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small JSON client for one base URL; each call may carry a Bearer token and a client address. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    private final String token;
    private final String clientAddress;
    private final String accept;
    private final String traceParent;

    private Api(String baseUrl, String token, String clientAddress, String accept, String traceParent) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.clientAddress = clientAddress;
        this.accept = accept;
        this.traceParent = traceParent;
    }

    public static Api at(String baseUrl) {
        return new Api(baseUrl, null, null, "application/json", null);
    }

    public Api withToken(String bearer) {
        return new Api(baseUrl, bearer, clientAddress, accept, traceParent);
    }

    /** The same caller (token, address) speaking to another instance. */
    public Api atSameTokenOn(Api other) {
        return new Api(other.baseUrl, token, clientAddress, accept, traceParent);
    }

    /** As if the request came through a proxy from this address (the instance trusts loopback proxies). */
    public Api fromAddress(String address) {
        return new Api(baseUrl, token, address, accept, traceParent);
    }

    public Api accepting(String mediaType) {
        return new Api(baseUrl, token, clientAddress, mediaType, traceParent);
    }

    /** Requests that continue the caller's trace (a W3C traceparent header). */
    public Api inTrace(String w3cTraceParent) {
        return new Api(baseUrl, token, clientAddress, accept, w3cTraceParent);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Reply delete(String path, String json) {
        return send("DELETE", path, json);
    }

    public Reply send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (traceParent != null) {
            request.header("traceparent", traceParent);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body parsed as JSON when it is JSON. */
    public record Reply(int status, java.util.Map<String, List<String>> headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The field names of a problem detail's errors list, in order. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().getJsonArray("errors").forEach(error -> fields.add(error.asJsonObject().getString("field")));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
