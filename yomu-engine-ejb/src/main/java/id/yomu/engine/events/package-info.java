/**
 * The engine's own events, fired synchronously as CDI events inside the transaction of the work that
 * causes them, so every observer's effects commit or roll back with it (and so with the exactly-once
 * mark of the core event behind them). They let the engine's features react to each other without
 * depending on each other: points, streaks, achievements and missions on the reader's side; clans,
 * league and seasons on the clan's side; notifications for both.
 *
 * <p>Observer order for {@link id.yomu.engine.events.CoreEventArrived} ({@code @Priority} on the
 * observed parameter): {@link id.yomu.engine.events.ObserverOrder}.
 */
package id.yomu.engine.events;
