package id.yomu.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.engine.clans.application.Member;
import id.yomu.engine.events.MissionCompleted;
import id.yomu.engine.events.MissionRewardClaimed;
import id.yomu.engine.league.application.ActiveMultiplier;
import id.yomu.engine.league.application.ClanSeasonView;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.platform.GameCalendar;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The league's side of the reader's missions, inside Liberty: MissionCompleted and MissionRewardClaimed
 * are fired the way the missions feature fires them, inside a transaction, until that feature exists.
 */
@ExtendWith(ArquillianExtension.class)
class LeagueInServerIT {

    @EJB
    ClanService clans;

    @EJB
    LeagueService league;

    @Inject
    GameCalendar calendar;

    @Inject
    Event<MissionCompleted> completions;

    @Inject
    Event<MissionRewardClaimed> claims;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() throws IOException {
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/yomu.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "yomu-league-inserver.ear").merge(built);
        ear.getAsType(WebArchive.class, "yomu-web.war").addClass(LeagueInServerIT.class);
        try (InputStream descriptor = built.get("META-INF/application.xml").getAsset().openStream()) {
            String applicationXml = new String(descriptor.readAllBytes(), StandardCharsets.UTF_8);
            ear.setApplicationXML(new StringAsset(applicationXml.replace(
                    "<context-root>/</context-root>", "<context-root>/yomu-web</context-root>")));
        }
        return ear;
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

    @Test
    void halfTheMembersCompletingAMissionBuffsTheClanUntilMidnightAndRewardsCountOnceMultiplied() throws Exception {
        long leader = -ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        long member = leader - 1;
        ClanView clan = clans.create(new Member(leader, "Ketua"), "buff-" + UUID.randomUUID().toString().substring(0, 8), "");
        long request = clans.requestToJoin(clan.id(), new Member(member, "Anggota")).id();
        clans.answer(clan.id(), request, leader, true);
        LocalDate today = calendar.today();

        inTransaction(() -> completions.fire(new MissionCompleted(leader, 7, today)));

        ClanSeasonView buffed = league.clanSeason(clan.id());
        assertEquals(new BigDecimal("1.20"), buffed.multiplier(), "one of two members is half the clan");
        ActiveMultiplier buff = buffed.multipliers().get(0);
        assertEquals("PRODUCTIVITY_BUFF", buff.kind());
        assertEquals(today.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), buff.expiresAt());

        MissionRewardClaimed claim = new MissionRewardClaimed(member, 7, today, 50);
        inTransaction(() -> claims.fire(claim));
        inTransaction(() -> claims.fire(claim));

        assertEquals(0, new BigDecimal("60.00").compareTo(league.clanSeason(clan.id()).contributions()),
                "50 x 1.2, counted once");
    }
}
