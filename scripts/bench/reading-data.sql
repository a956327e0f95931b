-- Benchmark data for the reading and quiz paths: :articles published articles with 3 questions of 4
-- options each, :readers readers and :attempts quiz attempts spread over them. Idempotent: does nothing
-- when the benchmark category already exists. Run by scripts/bench/reading.sh.
\set ON_ERROR_STOP on
SELECT EXISTS (SELECT 1 FROM core.category WHERE name = 'Bench 1') AS already \gset
\if :already
\echo 'bench data already present'
\else
BEGIN;
INSERT INTO core.category (name) SELECT 'Bench ' || g FROM generate_series(1, 8) g;
INSERT INTO core.article (category_id, title, body, reading_level, word_count, published)
SELECT c.id, 'Artikel uji ' || g || ' tentang ' || (ARRAY['sungai','hutan','kota','laut','gunung'])[1 + g % 5],
       repeat('Membaca dengan cermat membantu kita memahami dunia. ', 40) || 'Penanda ' || g || '.',
       1 + g % 5, 281, true
FROM generate_series(1, :articles) g
JOIN core.category c ON c.name = 'Bench ' || (1 + g % 8);
INSERT INTO core.question (article_id, position, prompt, explanation)
SELECT a.id, q, 'Pertanyaan ' || q || ' untuk artikel ' || a.id, 'Penjelasan singkat.'
FROM core.article a JOIN core.category c ON c.id = a.category_id AND c.name LIKE 'Bench %'
CROSS JOIN generate_series(1, 3) q;
INSERT INTO core.answer_option (question_id, position, label, correct)
SELECT qu.id, o, 'Pilihan ' || o, o = 1
FROM core.question qu JOIN core.article a ON a.id = qu.article_id
JOIN core.category c ON c.id = a.category_id AND c.name LIKE 'Bench %'
CROSS JOIN generate_series(1, 4) o;
INSERT INTO core.account (username, display_name, email, password_hash)
SELECT 'bench-' || g, 'Pembaca Uji ' || g, 'bench-' || g || '@uji.yomu.id', 'not-a-login'
FROM generate_series(1, :readers) g;
WITH readers AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM core.account WHERE username LIKE 'bench-%'),
     articles AS (SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n FROM core.article a
                  JOIN core.category c ON c.id = a.category_id AND c.name LIKE 'Bench %')
INSERT INTO core.quiz_attempt (account_id, article_id, correct_count, question_count, score, time_taken_ms, review)
SELECT r.id, a.id, g % 4, 3, round(100.0 * (g % 4) / 3)::int, 30000 + g % 90000, '[]'::jsonb
FROM generate_series(0, :attempts - 1) g
JOIN readers r ON r.n = g % :readers
JOIN articles a ON a.n = (g / :readers + g % :readers) % :articles
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE core.article; ANALYZE core.question; ANALYZE core.answer_option; ANALYZE core.quiz_attempt;
\endif
SELECT (SELECT count(*) FROM core.article) AS articles, (SELECT count(*) FROM core.quiz_attempt) AS attempts;
