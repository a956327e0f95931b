package id.yomu.engine.league.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks one tier's clans by score and decides promotion and relegation (spec §5): the top ceil(20 %)
 * rise and the bottom ceil(20 %) fall, at least one each once the tier holds two clans; DIAMOND cannot
 * rise, BRONZE cannot fall, and no clan does both. Equal scores share a rank (1, 2, 2, 4); the clan
 * created first (lower id) is placed first among equals, so promotion of ties is decided, not random.
 */
public final class LeagueTable {

    public record Entry(long clanId, BigDecimal score) {
    }

    private LeagueTable() {
    }

    public static List<Standing> close(Tier tier, List<Entry> entries) {
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::score).reversed().thenComparingLong(Entry::clanId));
        int size = ordered.size();
        int moving = size < 2 ? 0 : Math.max(1, (size + 4) / 5);
        int rise = tier.top() ? 0 : moving;
        int fall = tier.bottom() ? 0 : Math.min(moving, size - rise);
        List<Standing> standings = new ArrayList<>(size);
        int rank = 0;
        for (int i = 0; i < size; i++) {
            Entry entry = ordered.get(i);
            if (i == 0 || entry.score().compareTo(ordered.get(i - 1).score()) != 0) {
                rank = i + 1;
            }
            Tier after = i < rise ? tier.above() : i >= size - fall ? tier.below() : tier;
            standings.add(new Standing(entry.clanId(), rank, entry.score(), tier, after));
        }
        return standings;
    }
}
