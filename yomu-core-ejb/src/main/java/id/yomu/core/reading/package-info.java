/**
 * Reading: categories, articles (published or hidden, soft-deleted), full-text search and marking an
 * article read. Owns {@code core.category}, {@code core.article} and {@code core.article_read}.
 */
package id.yomu.core.reading;
