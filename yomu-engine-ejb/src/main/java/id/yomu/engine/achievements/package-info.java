/**
 * Achievements: templates an admin curates, each reader's progress towards them (derived from the reader's
 * totals, so a template added later counts what came before), unlocks stamped once with their reward paid
 * once, and up to three pins for the public profile. Owns engine.achievement_template and
 * engine.achievement_unlock; reads the totals of points and streak.
 */
package id.yomu.engine.achievements;
