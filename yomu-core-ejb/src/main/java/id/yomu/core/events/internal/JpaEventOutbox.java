package id.yomu.core.events.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox as a table in the core schema, written with the caller's transaction (MANDATORY). Each row
 * keeps the W3C traceparent of the action that caused it, so the engine's handling joins that trace.
 */
@ApplicationScoped
public class JpaEventOutbox implements EventOutbox {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CoreEventType type, long accountId, Map<String, Object> facts) {
        em.createNativeQuery("INSERT INTO core.outbox_event (id, event_type, account_id, payload, trace_parent) "
                        + "VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, type.name())
                .setParameter(3, accountId)
                .setParameter(4, json(facts))
                .setParameter(5, TraceParent.current())
                .executeUpdate();
    }

    private static String json(Map<String, Object> facts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        facts.forEach((key, value) -> {
            if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
                object.add(key, number.longValue());
            } else if (value instanceof Number number) {
                object.add(key, number.doubleValue());
            } else if (value instanceof Boolean flag) {
                object.add(key, flag);
            } else {
                object.add(key, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
