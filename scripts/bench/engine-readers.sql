-- Benchmark readers for the engine: :readers accounts named ebench-N. Idempotent (adds only the missing).
\set ON_ERROR_STOP on
INSERT INTO core.account (username, display_name, email, password_hash)
SELECT 'ebench-' || g, 'Pembaca Mesin ' || g, 'ebench-' || g || '@uji.yomu.id', 'not-a-login'
FROM generate_series(1, :readers) g
ON CONFLICT DO NOTHING;
ANALYZE core.account;
SELECT count(*) AS bench_readers FROM core.account WHERE username LIKE 'ebench-%';
