package id.yomu.engine.league.application;

import java.math.BigDecimal;
import java.time.Instant;

/** A multiplier in force on a clan: PRODUCTIVITY_BUFF (x1.2) or LOW_ACCURACY_PENALTY (x0.8), until expiresAt. */
public record ActiveMultiplier(String kind, BigDecimal factor, Instant expiresAt) {
}
