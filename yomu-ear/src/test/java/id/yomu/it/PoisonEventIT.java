package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An event whose effects always throw (a quiz event without its score) is set aside after a few attempts,
 * with its error, and the events behind it are applied meanwhile.
 */
class PoisonEventIT {

    @Test
    void aPoisonEventIsSetAsideAndDoesNotBlockTheOutbox() {
        long reader = 7_000_000_000L + new SecureRandom().nextInt(1_000_000_000);
        UUID poison = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        Game.execute("INSERT INTO core.outbox_event (id, event_type, account_id, payload) "
                + "VALUES (?, 'QUIZ_COMPLETED', ?, '{\"article_id\": 1}'::jsonb)", poison, reader);
        Game.execute("INSERT INTO core.outbox_event (id, event_type, account_id, payload) "
                + "VALUES (?, 'QUIZ_COMPLETED', ?, '{\"article_id\": 1, \"score\": 42, \"accuracy\": 42}'::jsonb)", good, reader + 1);

        Poll.until(() -> Game.number("SELECT count(*) FROM engine.processed_event WHERE event_id = ?", good), n -> n == 1,
                Duration.ofSeconds(60));
        assertEquals(42, Game.number("SELECT sum(points) FROM engine.points_ledger WHERE reader_id = ? AND source = 'QUIZ_SCORE'",
                reader + 1), "the event behind the poison was applied, once");
        Poll.until(() -> Game.number("SELECT count(*) FROM engine.dead_letter_event WHERE event_id = ?", poison), n -> n == 1,
                Duration.ofSeconds(60));
        assertEquals(3, Game.number("SELECT attempts FROM engine.dead_letter_event WHERE event_id = ?", poison));
        assertEquals(1, Game.number("SELECT count(*) FROM engine.dead_letter_event WHERE event_id = ? AND error LIKE 'NullPointerException%'", poison),
                "the error is kept with the event");
        assertEquals(1, Game.number("SELECT count(*) FROM engine.processed_event WHERE event_id = ? AND processed_by = 'dead-letter'",
                poison), "marked so that no batch takes it again");
        assertEquals(0, Game.ledgerSum(reader), "none of the poison's effects stayed");
        long counted = 0;
        for (String instance : TestEnvironment.instanceUrls()) {
            String metrics = Api.at(instance).accepting("text/plain").get("/metrics").body();
            counted += metrics.lines().filter(line -> line.startsWith("yomu_engine_events_dead_lettered_total{"))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }
        assertTrue(counted >= 1, "set-aside events are a metric");
    }
}
