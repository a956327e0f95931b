package id.yomu.it.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logged-in readers through NGINX at a steady rate, for the whole of a test: the article list, an
 * article, the categories, their progress (reads) and marking an article read (a write). Every answer
 * that is not 2xx and every connection error is a failure, kept with its time.
 */
final class ReaderLoad implements AutoCloseable {

    record Failure(long atMillis, String request, String what) {
    }

    private final String baseUrl;
    private final List<String> tokens;
    private final List<Long> articles;
    private final int requestsPerSecond;
    private final int loops;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong served = new AtomicLong();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;
    private final long startMillis = System.currentTimeMillis();
    private volatile long stopMillis;

    private ReaderLoad(String baseUrl, List<String> tokens, List<Long> articles, int requestsPerSecond, int loops) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.articles = articles;
        this.requestsPerSecond = requestsPerSecond;
        this.loops = loops;
        this.threads = Executors.newFixedThreadPool(loops);
    }

    /**
     * Starts {@code loops} request loops (a blocking request each at a time, so enough of them to keep the
     * rate when answers slow down), the readers' tokens shared among them; together they aim at
     * requestsPerSecond.
     */
    static ReaderLoad start(String baseUrl, List<String> tokens, List<Long> articles, int requestsPerSecond, int loops) {
        ReaderLoad load = new ReaderLoad(baseUrl, tokens, articles, requestsPerSecond, loops);
        for (int i = 0; i < loops; i++) {
            int loop = i;
            load.threads.submit(() -> load.loop(loop));
        }
        return load;
    }

    private void loop(int loop) {
        long periodNanos = 1_000_000_000L * loops / requestsPerSecond;
        long next = System.nanoTime() + periodNanos * loop / loops;
        for (long i = loop; running.get(); i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(wait);
            }
            next += periodNanos;
            send(request(loop % tokens.size(), i));
        }
    }

    private HttpRequest request(int reader, long i) {
        long article = articles.get((int) (i % articles.size()));
        String path = switch ((int) (i % 5)) {
            case 0 -> "/api/v1/articles";
            case 1 -> "/api/v1/articles/" + article;
            case 2 -> "/api/v1/categories";
            case 3 -> "/api/v1/me/progress";
            default -> "/api/v1/articles/" + article + "/read";
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(reader)).header("Accept", "application/json");
        return (i % 5 == 4 ? builder.POST(HttpRequest.BodyPublishers.noBody()) : builder.GET()).build();
    }

    private void send(HttpRequest request) {
        String what;
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                served.incrementAndGet();
                return;
            }
            what = "HTTP " + response.statusCode();
        } catch (IOException e) {
            what = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        failures.add(new Failure(System.currentTimeMillis(), request.method() + " " + request.uri().getPath(), what));
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(60, TimeUnit.SECONDS);
        stopMillis = System.currentTimeMillis();
    }

    long served() {
        return served.get();
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    double requestsPerSecond() {
        long end = stopMillis == 0 ? System.currentTimeMillis() : stopMillis;
        return (served() + failures().size()) * 1000.0 / Math.max(1, end - startMillis);
    }

    String summary() {
        List<Failure> failed = failures();
        return String.format("%d requests served, %d failed, %.0f req/s over %.0f s%s", served(), failed.size(),
                requestsPerSecond(), ((stopMillis == 0 ? System.currentTimeMillis() : stopMillis) - startMillis) / 1000.0,
                failed.isEmpty() ? "" : "; first failures: " + failed.subList(0, Math.min(5, failed.size())));
    }
}
