/**
 * The gamification engine: points, missions, achievements, clans, leagues and leaderboards. Owns the
 * {@code engine} schema; learns about readers only from core events and core application interfaces,
 * never from core tables or entities.
 */
package id.yomu.engine;
