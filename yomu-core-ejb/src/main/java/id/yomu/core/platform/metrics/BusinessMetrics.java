package id.yomu.core.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The core's business metrics, registered with their description and unit at start-up, so that each
 * instance exports 0 before its first event: a counter that appears only with its first increment makes
 * Prometheus' rate() and increase() miss that event, and a dashboard panel stays empty on a fresh instance.
 */
@Singleton
@Startup
public class BusinessMetrics {

    public static final String READERS_REGISTERED = "yomu_readers_registered";
    public static final String ARTICLES_READ = "yomu_articles_read";
    public static final String QUIZ_SUBMISSIONS = "yomu_quiz_submissions";
    public static final String QUIZ_ACCURACY = "yomu_quiz_accuracy_percent";
    public static final String COMMENTS_POSTED = "yomu_comments_posted";

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        counter(READERS_REGISTERED, "Readers who registered (committed registrations)");
        counter(ARTICLES_READ, "Articles marked read for the first time by a reader");
        counter(QUIZ_SUBMISSIONS, "Quizzes submitted (one attempt per reader and article)");
        counter(COMMENTS_POSTED, "Forum comments and replies posted");
        // The unit is in the name already: a declared unit would be appended to the exported name again.
        registry.histogram(Metadata.builder().withName(QUIZ_ACCURACY)
                .withDescription("Accuracy of each submitted quiz, in percent (0-100)").build());
    }

    private void counter(String name, String description) {
        registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }
}
