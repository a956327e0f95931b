-- :events QUIZ_COMPLETED events of the benchmark readers into the core outbox, as the quiz service writes
-- them (scores 0/33/67/100 spread over readers and articles). The engine consumes them as they commit.
\set ON_ERROR_STOP on
WITH readers AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM core.account WHERE username LIKE 'ebench-%'),
     total AS (SELECT count(*) AS c FROM readers)
INSERT INTO core.outbox_event (id, event_type, account_id, payload)
SELECT gen_random_uuid(), 'QUIZ_COMPLETED', r.id,
       jsonb_build_object('article_id', 1 + g % 5000, 'score', s.score, 'accuracy', s.score,
                          'correct_count', (g * 7) % 4, 'question_count', 3, 'time_taken_ms', 30000 + g % 90000)
FROM generate_series(0::bigint, :events - 1) g
CROSS JOIN total
JOIN readers r ON r.n = (g * 7919) % total.c
CROSS JOIN LATERAL (SELECT round(100.0 * ((g * 7) % 4) / 3)::int AS score) s;
