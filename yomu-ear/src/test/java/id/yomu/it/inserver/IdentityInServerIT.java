package id.yomu.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.Registration;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.engine.platform.GameCalendar;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Liberty against the real EJBs, transactions and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class IdentityInServerIT {

    @EJB
    IdentityService identity;

    @Inject
    GameCalendar calendar;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /**
     * The EAR the build made, with this test class added to its web module (Arquillian enriches one WAR),
     * served under the module's name, where Arquillian's protocol looks for it, instead of at "/".
     */
    @Deployment
    static EnterpriseArchive deployment() throws IOException {
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/yomu.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "yomu-inserver.ear").merge(built);
        ear.getAsType(WebArchive.class, "yomu-web.war").addClass(IdentityInServerIT.class);
        try (InputStream descriptor = built.get("META-INF/application.xml").getAsset().openStream()) {
            String applicationXml = new String(descriptor.readAllBytes(), StandardCharsets.UTF_8);
            ear.setApplicationXML(new StringAsset(applicationXml.replace(
                    "<context-root>/</context-root>", "<context-root>/yomu-web</context-root>")));
        }
        return ear;
    }

    @Test
    void concurrentRegistrationsOfOneUsernameLeaveExactlyOneAccount() throws Exception {
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String email = username + "-" + i + "@contoh.id";
            attempts.add(executor.submit(() -> {
                start.await();
                return identity.register(new Registration(username, "Balapan", "rahasia123", email, null))
                        .account().username();
            }));
        }
        start.countDown();

        int registered = 0;
        int duplicates = 0;
        for (Future<String> attempt : attempts) {
            try {
                assertEquals(username, attempt.get());
                registered++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof DuplicateValueException, "only a duplicate may fail: " + e.getCause());
                assertEquals("username", ((DuplicateValueException) e.getCause()).field());
                duplicates++;
            }
        }
        assertEquals(1, registered);
        assertEquals(3, duplicates);
    }

    @Test
    void theRegistrationMetricCountsCommittedRegistrationsOnly() {
        long before = metrics.getCounter(new MetricID("yomu_readers_registered")).getCount();
        assertThrows(InvalidInputException.class,
                () -> identity.register(new Registration("ok-name", "", "rahasia123", "bad", null)));
        assertEquals(before, metrics.getCounter(new MetricID("yomu_readers_registered")).getCount());

        String username = "metric-" + UUID.randomUUID().toString().substring(0, 8);
        identity.register(new Registration(username, "Metrik", "rahasia123", username + "@contoh.id", null));
        assertEquals(before + 1, metrics.getCounter(new MetricID("yomu_readers_registered")).getCount());
    }

    @Test
    void theGameDayIsTheDatabaseDayInJakarta() {
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        LocalDate before = LocalDate.now(jakarta);
        LocalDate today = calendar.today();
        LocalDate after = LocalDate.now(jakarta);

        assertEquals(jakarta, calendar.zone());
        assertTrue(!today.isBefore(before) && !today.isAfter(after), today + " between " + before + " and " + after);
    }
}
