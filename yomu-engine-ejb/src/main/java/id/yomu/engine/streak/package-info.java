/**
 * Streaks: consecutive days (in the configured zone) on which a reader read an article or completed a quiz,
 * counted from each event's occurredAt. Owns engine.reader_streak.
 */
package id.yomu.engine.streak;
