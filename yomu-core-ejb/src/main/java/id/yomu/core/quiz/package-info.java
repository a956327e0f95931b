/**
 * Quizzes: the questions of an article (admin-edited), opening a quiz, the one attempt per reader and
 * article, and its review. Owns {@code core.question}, {@code core.answer_option}, {@code core.quiz_opening}
 * and {@code core.quiz_attempt}; asks reading whether an article is visible, and never sends the correct
 * option to a reader before the attempt is stored.
 */
package id.yomu.core.quiz;
