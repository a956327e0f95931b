-- :clans benchmark clans (Klan Uji N) over the benchmark readers, 20 members each in join order, tiers
-- spread BRONZE 40 %, SILVER 30 %, GOLD 20 %, DIAMOND 10 %. Idempotent (adds only what is missing).
\set ON_ERROR_STOP on
BEGIN;
WITH readers AS (SELECT id, display_name, row_number() OVER (ORDER BY id) - 1 AS n
                 FROM core.account WHERE username LIKE 'ebench-%')
INSERT INTO engine.clan (name, description, tier, leader_id)
SELECT 'Klan Uji ' || g, 'Klan untuk uji beban',
       CASE WHEN g % 10 < 4 THEN 'BRONZE' WHEN g % 10 < 7 THEN 'SILVER' WHEN g % 10 < 9 THEN 'GOLD' ELSE 'DIAMOND' END,
       r.id
FROM generate_series(0, :clans - 1) g
JOIN readers r ON r.n = g * 20
ON CONFLICT DO NOTHING;
WITH readers AS (SELECT id, display_name, row_number() OVER (ORDER BY id) - 1 AS n
                 FROM core.account WHERE username LIKE 'ebench-%')
INSERT INTO engine.clan_member (reader_id, clan_id, display_name)
SELECT r.id, c.id, r.display_name
FROM readers r
JOIN engine.clan c ON c.name = 'Klan Uji ' || (r.n / 20)
ORDER BY r.n
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE engine.clan; ANALYZE engine.clan_member;
SELECT tier, count(*) AS clans FROM engine.clan WHERE name LIKE 'Klan Uji %' GROUP BY tier ORDER BY tier;
