package id.yomu.engine.league.application;

import java.math.BigDecimal;

/** One clan in its tier's running table; mine marks the viewer's own clan. */
public record LeagueRow(int rank, long clanId, String name, int members, BigDecimal score, boolean mine) {
}
