/**
 * Daily missions: templates an admin curates; each day's three missions, picked once per day across every
 * instance (the day's row in engine.mission_day decides who picks); each reader's progress per day, capped
 * at the target; claiming a completed mission once for its reward. Owns engine.mission_template,
 * engine.mission_day, engine.daily_mission and engine.mission_progress. Fires MissionCompleted and
 * MissionRewardClaimed for the clan side.
 */
package id.yomu.engine.missions;
