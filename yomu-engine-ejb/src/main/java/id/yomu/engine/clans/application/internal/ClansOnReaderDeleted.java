package id.yomu.engine.clans.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.ObserverOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A deleted reader leaves their clan (leadership handed on) and their pending requests are withdrawn. */
@ApplicationScoped
public class ClansOnReaderDeleted {

    @Inject
    Memberships memberships;

    void readerDeleted(@Observes @Priority(ObserverOrder.LEAGUE) CoreEventArrived event) {
        if (event.type() == CoreEventType.READER_DELETED) {
            memberships.cancelPendingRequests(event.readerId());
            memberships.leave(event.readerId());
        }
    }
}
