/**
 * Forum (spec §3): a thread of comments per article, replies nested without limit, votes, emoji
 * reactions, reports and the moderation queue. Owns {@code core.comment}, {@code core.comment_vote},
 * {@code core.comment_reaction} and {@code core.comment_report}. Asks reading, through
 * {@link id.yomu.core.reading.application.ArticleCatalog}, whether an article is visible; reads the
 * display name, username and status of {@code core.account} to show authors, and never writes it.
 * Announces each new comment to the engine through the event outbox.
 */
package id.yomu.core.forum;
