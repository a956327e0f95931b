/**
 * The events the core publishes for the engine (spec §4): each is written to {@code core.outbox_event}
 * in the same transaction as the core change that caused it, so a slow or broken engine can never fail
 * or roll back a core action, and no committed action goes unannounced. The engine reads the outbox
 * through {@link id.yomu.core.events.CoreEvents}, never the table's entity.
 */
package id.yomu.core.events;
