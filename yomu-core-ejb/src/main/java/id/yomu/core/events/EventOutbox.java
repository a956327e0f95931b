package id.yomu.core.events;

import java.util.Map;

/** Records an event in the caller's transaction; it becomes visible to the engine only if that commits. */
public interface EventOutbox {

    void record(CoreEventType type, long accountId, Map<String, Object> facts);
}
