package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kills blue-2's JVM (SIGKILL) while both instances work through a backlog of quiz events, then checks that
 * every event was applied exactly once: one ledger row per event, totals equal to the events' scores.
 * Starts blue-2 again afterwards with scripts/yomu, on the database the tests use.
 */
class ExactlyOnceIT {

    private static final int READERS = 40;
    private static final int EVENTS = 2000;

    @Test
    void killingAnInstanceMidBatchAppliesEveryEventExactlyOnce() throws Exception {
        long firstReader = 8_000_000_000L + new SecureRandom().nextInt(1_000_000_000);
        Game.execute("INSERT INTO core.outbox_event (id, event_type, account_id, payload) "
                + "SELECT gen_random_uuid(), 'QUIZ_COMPLETED', ? + (i % ?), "
                + "jsonb_build_object('article_id', 1, 'score', i % 101, 'accuracy', i % 101) FROM generate_series(1, ?) i",
                firstReader, READERS, EVENTS);
        String ours = "e.account_id BETWEEN " + firstReader + " AND " + (firstReader + READERS - 1);
        Poll.until(() -> Game.number("SELECT count(*) FROM core.outbox_event e JOIN engine.processed_event p ON p.event_id = e.id "
                + "WHERE " + ours + " AND p.processed_by LIKE 'blue-2%'"), n -> n >= 200, Duration.ofSeconds(120));
        long before = processed(ours);
        killBlue2();
        System.out.printf("blue-2 killed after %d of %d events%n", before, EVENTS);
        assertTrue(before < EVENTS, "the kill came while the backlog was being processed");
        try {
            long killed = System.nanoTime();
            Poll.until(() -> processed(ours), n -> n == EVENTS, Duration.ofSeconds(300));
            double seconds = (System.nanoTime() - killed) / 1e9;
            System.out.printf("blue-1 alone applied the remaining %d events in %.1f s (%.0f events/s)%n", EVENTS - before,
                    seconds, (EVENTS - before) / seconds);
            assertEquals(EVENTS, Game.number("SELECT count(*) FROM engine.points_ledger l JOIN core.outbox_event e "
                    + "ON e.id = l.source_event_id WHERE " + ours + " AND l.source = 'QUIZ_SCORE'"), "one ledger row per event");
            assertEquals(0, Game.number("SELECT count(*) FROM (SELECT e.account_id, sum((e.payload->>'score')::int) AS scores, "
                    + "count(*) AS quizzes FROM core.outbox_event e WHERE " + ours + " GROUP BY e.account_id) s "
                    + "JOIN engine.reader_progress p ON p.reader_id = s.account_id "
                    + "WHERE p.quizzes_completed <> s.quizzes OR p.xp <> s.scores + (SELECT COALESCE(sum(points), 0) "
                    + "FROM engine.points_ledger a WHERE a.reader_id = s.account_id AND a.source <> 'QUIZ_SCORE')"),
                    "each reader's totals are their events' scores (plus achievement rewards), counted once");
            assertEquals(READERS, Game.number("SELECT count(*) FROM engine.reader_progress p WHERE p.reader_id BETWEEN ? AND ?",
                    firstReader, firstReader + READERS - 1));
            assertEquals(0, Game.number(LedgerIT.RECOMPUTE), "every stored total equals its ledger");
        } finally {
            startBlue2();
        }
    }

    private static long processed(String ours) {
        return Game.number("SELECT count(*) FROM core.outbox_event e JOIN engine.processed_event p ON p.event_id = e.id WHERE " + ours);
    }

    /** blue-2's JVM: the process running ws-server.jar whose working folder is blue-2's server folder. */
    private static void killBlue2() throws IOException {
        Path serverDir = TestEnvironment.drainFiles().get(1).getParent().toRealPath();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ProcessHandle jvm = processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> serverDir.equals(cwd(p)) && commandLine(p).contains("ws-server.jar"))
                    .map(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())))
                    .flatMap(java.util.Optional::stream).findFirst()
                    .orElseThrow(() -> new AssertionError("blue-2's JVM not found"));
            assertTrue(jvm.destroyForcibly(), "SIGKILL sent");
            jvm.onExit().join();
        }
    }

    private static void startBlue2() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String url = System.getProperty("yomu.db.url");
        ProcessBuilder command = new ProcessBuilder(root.resolve("scripts/yomu").toString(), "start", "blue-2")
                .directory(root.toFile()).inheritIO();
        // scripts/yomu test points the stack at its own database without exporting its name: pass it on.
        command.environment().put("YOMU_DB_NAME", url.substring(url.lastIndexOf('/') + 1).split("\\?")[0]);
        Process start = command.start();
        assertEquals(0, start.waitFor(), "blue-2 started again");
    }

    private static Path cwd(Path process) {
        try {
            return Files.readSymbolicLink(process.resolve("cwd")).toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
