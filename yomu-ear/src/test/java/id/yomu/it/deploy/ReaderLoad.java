package id.yomu.it.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logged-in readers through NGINX at a steady rate, for the whole of a test: the article list, an
 * article, the categories, their progress (reads) and marking an article read (a write). The load is
 * open: requests leave on schedule whether or not earlier ones have been answered, the way readers keep
 * arriving while a server is slow, so a slow moment cannot lower the rate. It ramps up over the first
 * seconds, as readers arrive after a restart, and {@link #start} returns once the full rate runs. Every
 * answer that is not 2xx and every connection error is a failure, kept with its time.
 *
 * <p>Blocking {@link HttpURLConnection}s on a growing pool, not the JDK's asynchronous HttpClient: on a
 * 2-core machine that shares its CPU with the servers under test, the asynchronous client spent more CPU
 * per request than the application did.
 */
final class ReaderLoad implements AutoCloseable {

    record Failure(long atMillis, String request, String what) {
    }

    private static final Duration RAMP = Duration.ofSeconds(10);

    private final String baseUrl;
    private final List<String> tokens;
    private final List<Long> articles;
    private final int requestsPerSecond;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newCachedThreadPool();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong mostInFlight = new AtomicLong();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final long rampStartNanos = System.nanoTime();
    private volatile long fullRateMillis;
    private volatile long sentAtFullRate;
    private volatile long stopMillis;
    private double credit;

    private ReaderLoad(String baseUrl, List<String> tokens, List<Long> articles, int requestsPerSecond) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.articles = articles;
        this.requestsPerSecond = requestsPerSecond;
    }

    /** Sends requestsPerSecond requests a second, the readers' tokens taking turns, until closed. */
    static ReaderLoad start(String baseUrl, List<String> tokens, List<Long> articles, int requestsPerSecond)
            throws InterruptedException {
        ReaderLoad load = new ReaderLoad(baseUrl, tokens, articles, requestsPerSecond);
        load.clock.scheduleAtFixedRate(load::tick, 0, 5, TimeUnit.MILLISECONDS);
        Thread.sleep(RAMP.toMillis());
        while (load.fullRateMillis == 0) {
            Thread.sleep(10);
        }
        return load;
    }

    /** Every 5 ms: the requests due by now at the (ramping) rate. */
    private void tick() {
        double elapsed = (System.nanoTime() - rampStartNanos) / 1e9;
        double share = Math.min(1.0, 0.1 + 0.9 * elapsed / RAMP.toSeconds());
        if (share >= 1.0 && fullRateMillis == 0) {
            sentAtFullRate = sent.get();
            fullRateMillis = System.currentTimeMillis();
        }
        credit += requestsPerSecond * share * 0.005;
        for (; credit >= 1; credit--) {
            long i = sent.getAndIncrement();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            senders.execute(() -> send(i));
        }
    }

    private void send(long i) {
        long article = articles.get((int) (i / 5 % articles.size()));
        String path = switch ((int) (i % 5)) {
            case 0 -> "/api/v1/articles";
            case 1 -> "/api/v1/articles/" + article;
            case 2 -> "/api/v1/categories";
            case 3 -> "/api/v1/me/progress";
            default -> "/api/v1/articles/" + article + "/read";
        };
        String method = i % 5 == 4 ? "POST" : "GET";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Bearer " + tokens.get((int) (i % tokens.size())));
            connection.setRequestProperty("Accept", "application/json");
            if (method.equals("POST")) {
                connection.setDoOutput(true);
                connection.getOutputStream().close();
            }
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            if (status / 100 == 2) {
                served.incrementAndGet();
            } else {
                fail(method, path, "HTTP " + status);
            }
        } catch (IOException e) {
            fail(method, path, e.toString());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void fail(String method, String path, String what) {
        failures.add(new Failure(System.currentTimeMillis(), method + " " + path, what));
    }

    /** Stops sending, then waits for the answers of the requests still under way. */
    @Override
    public void close() throws InterruptedException {
        if (stopMillis != 0) {
            return;
        }
        clock.shutdown();
        clock.awaitTermination(10, TimeUnit.SECONDS);
        stopMillis = System.currentTimeMillis();
        senders.shutdown();
        if (!senders.awaitTermination(60, TimeUnit.SECONDS)) {
            failures.add(new Failure(System.currentTimeMillis(), "-",
                    inFlight.get() + " requests unanswered 60 s after the load stopped"));
        }
    }

    long served() {
        return served.get();
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Requests sent per second at the full rate, from the end of the ramp until the load stopped. */
    double requestsPerSecond() {
        long end = stopMillis == 0 ? System.currentTimeMillis() : stopMillis;
        return (sent.get() - sentAtFullRate) * 1000.0 / Math.max(1, end - fullRateMillis);
    }

    String summary() {
        List<Failure> failed = failures();
        return String.format("%d requests sent, %d served, %d failed, %.0f req/s over %.0f s at the full rate, at most %d in flight%s",
                sent.get(), served(), failed.size(), requestsPerSecond(),
                ((stopMillis == 0 ? System.currentTimeMillis() : stopMillis) - fullRateMillis) / 1000.0, mostInFlight.get(),
                failed.isEmpty() ? "" : "; first failures: " + failed.subList(0, Math.min(5, failed.size())));
    }
}
