package id.yomu.engine.missions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.core.events.CoreEventType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionRulesTest {

    @Test
    void progressShownStopsAtTheTarget() {
        assertEquals(1, MissionRules.shown(1, 3));
        assertEquals(3, MissionRules.shown(3, 3));
        assertEquals(2, MissionRules.shown(5, 2), "an admin lowered the target after the reader passed it");
    }

    @Test
    void accuracyMissionsCountQuizzesAtOrAboveTheThreshold() {
        assertTrue(MissionType.QUIZ_ACCURACY.counts(CoreEventType.QUIZ_COMPLETED, 80, 80));
        assertFalse(MissionType.QUIZ_ACCURACY.counts(CoreEventType.QUIZ_COMPLETED, 79, 80));
        assertFalse(MissionType.QUIZ_ACCURACY.counts(CoreEventType.ARTICLE_READ, 100, 80));
        assertTrue(MissionType.READ_ARTICLES.counts(CoreEventType.ARTICLE_READ, 0, null));
        assertFalse(MissionType.anyCounts(CoreEventType.READER_REGISTERED));
    }

    @Test
    void theDaysChoiceIsThreeDifferentTemplates() {
        assertTrue(MissionRules.validateChoice(List.of(1L, 2L, 3L)).isEmpty());
        assertEquals("template_ids", MissionRules.validateChoice(List.of(1L, 2L)).get(0).field());
        assertEquals("template_ids", MissionRules.validateChoice(List.of(1L, 1L, 2L)).get(0).field());
        assertEquals("template_ids", MissionRules.validateChoice(Arrays.asList(1L, 2L, null)).get(0).field());
        assertEquals("template_ids", MissionRules.validateChoice(null).get(0).field());
    }
}
