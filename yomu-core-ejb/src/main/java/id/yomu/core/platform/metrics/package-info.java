/** Business metrics of the core (yomu_readers_registered, yomu_articles_read, yomu_quiz_*, yomu_comments_posted). */
package id.yomu.core.platform.metrics;
