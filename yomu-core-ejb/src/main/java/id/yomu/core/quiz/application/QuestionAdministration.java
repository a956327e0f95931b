package id.yomu.core.quiz.application;

import jakarta.ejb.Local;
import java.util.List;

/** The admin question editor (spec §2): add, edit, reorder, delete. Callers check the admin role. */
@Local
public interface QuestionAdministration {

    List<AdminQuestion> questions(long articleId);

    AdminQuestion add(long articleId, QuestionDraft draft);

    AdminQuestion edit(long questionId, QuestionDraft draft);

    void delete(long questionId);

    /** The article's questions in the given order; the list must name each of them exactly once. */
    List<AdminQuestion> reorder(long articleId, List<Long> questionIds);
}
