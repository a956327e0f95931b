/**
 * Points: the engine's consumption of the core outbox, exactly once per event across every instance,
 * and what the events earn — an append-only ledger of XP with its source event, and per-reader totals
 * that can always be recomputed from the ledger. Owns engine.processed_event, engine.consumer_watermark,
 * engine.points_ledger and engine.reader_progress; reads core.outbox_event and nothing else of the core.
 */
package id.yomu.engine.points;
