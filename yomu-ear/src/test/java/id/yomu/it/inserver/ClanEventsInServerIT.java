package id.yomu.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.core.shared.PageRequest;
import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.events.ClanSeasonFinished;
import id.yomu.engine.events.JoinRequestAnswered;
import id.yomu.engine.notifications.application.NotificationService;
import id.yomu.engine.notifications.application.NotificationView;
import id.yomu.engine.points.application.ProgressService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clan side's events as the reader side receives them, fired in a transaction the way the clan side
 * fires them: notifications for an answered join request and a promotion or relegation, and the CLAN_RANK
 * achievement ("Juara Musim", rank 1) unlocked and paid once.
 */
@ExtendWith(ArquillianExtension.class)
class ClanEventsInServerIT {

    @Inject
    Event<ClanSeasonFinished> seasons;

    @Inject
    Event<JoinRequestAnswered> answers;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @EJB
    AchievementService achievements;

    @EJB
    NotificationService notifications;

    @EJB
    ProgressService progress;

    @Deployment
    static EnterpriseArchive deployment() throws IOException {
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/yomu.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "yomu-clan-events.ear").merge(built);
        ear.getAsType(WebArchive.class, "yomu-web.war").addClass(ClanEventsInServerIT.class);
        try (InputStream descriptor = built.get("META-INF/application.xml").getAsset().openStream()) {
            String applicationXml = new String(descriptor.readAllBytes(), StandardCharsets.UTF_8);
            ear.setApplicationXML(new StringAsset(applicationXml.replace(
                    "<context-root>/</context-root>", "<context-root>/yomu-web</context-root>")));
        }
        return ear;
    }

    @Test
    void aChampionClansMembersUnlockClanRankOnceAndEveryoneIsNotified() throws Exception {
        long champion = 6_000_000_000L + new SecureRandom().nextInt(1_000_000_000);
        long teammate = champion + 1;
        long relegated = champion + 2;
        long idle = champion + 3;
        ClanSeasonFinished won = new ClanSeasonFinished(champion, "Klan Juara", 3, "BRONZE", "SILVER", 1, true,
                List.of(champion, teammate));
        inTransaction(() -> {
            seasons.fire(won);
            seasons.fire(new ClanSeasonFinished(relegated, "Klan Lain", 3, "GOLD", "SILVER", 5, true, List.of(relegated)));
            seasons.fire(new ClanSeasonFinished(idle, "Klan Diam", 3, "SILVER", "SILVER", 1, false, List.of(idle)));
            answers.fire(new JoinRequestAnswered(relegated, champion, "Klan Juara", false));
        });
        inTransaction(() -> seasons.fire(won));

        for (long member : List.of(champion, teammate)) {
            assertTrue(seasonChampion(member).unlocked(), "rank 1 reaches the CLAN_RANK 1 achievement");
            assertEquals(200, progress.xpFromLedger(member), "its reward, paid once although the result came twice");
            assertEquals(progress.progress(member).xp(), progress.xpFromLedger(member));
            List<NotificationView> seen = notifications.list(member, PageRequest.of(null, null)).items();
            assertEquals(1, seen.stream().filter(n -> n.kind().equals("ACHIEVEMENT_UNLOCKED")).count());
            assertTrue(seen.stream().anyMatch(n -> n.kind().equals("CLAN_PROMOTED") && n.subject().equals("Klan Juara")
                    && "SILVER".equals(n.detail())));
        }
        assertFalse(seasonChampion(relegated).unlocked(), "rank 5 is not rank <= 1");
        assertFalse(seasonChampion(idle).unlocked(), "rank 1 of a tier where nobody scored is no championship");
        assertEquals(0, progress.xpFromLedger(idle));
        List<NotificationView> relegatedSaw = notifications.list(relegated, PageRequest.of(null, null)).items();
        assertTrue(relegatedSaw.stream().anyMatch(n -> n.kind().equals("CLAN_RELEGATED") && "SILVER".equals(n.detail())));
        assertTrue(relegatedSaw.stream().anyMatch(n -> n.kind().equals("JOIN_REQUEST_ANSWERED") && "REJECTED".equals(n.detail())));
    }

    private ReaderAchievement seasonChampion(long reader) {
        return achievements.ofReader(reader).stream().filter(a -> a.type().equals("CLAN_RANK") && a.name().equals("Juara Musim"))
                .findFirst().orElseThrow();
    }

    private void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }
}
