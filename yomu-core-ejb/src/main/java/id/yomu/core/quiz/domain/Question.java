package id.yomu.core.quiz.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One multiple-choice question of an article's quiz, with its options in order. Edited by admins; an
 * edit never changes an attempt already stored, because attempts keep their own review snapshot.
 */
@Entity
@Table(schema = "core", name = "question")
@NamedQuery(name = "Question.findByArticle",
        query = "SELECT q FROM Question q WHERE q.articleId = :article ORDER BY q.position, q.id")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String prompt;

    @Column(length = 2000)
    private String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AnswerOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(long articleId, int position) {
        this.articleId = articleId;
        this.position = position;
    }

    /** Replaces the text and the options; the caller has checked them with {@link QuestionRules}. */
    public void write(String prompt, String explanation, List<OptionDraft> drafts) {
        this.prompt = prompt;
        this.explanation = explanation;
        options.clear();
        for (int i = 0; i < drafts.size(); i++) {
            options.add(new AnswerOption(this, i + 1, drafts.get(i).label(), drafts.get(i).correct()));
        }
    }

    /** Drops every option; flushed before new ones are added, as the one-correct index checks each row. */
    public void clearOptions() {
        options.clear();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public int position() {
        return position;
    }

    public String prompt() {
        return prompt;
    }

    public String explanation() {
        return explanation;
    }

    public List<AnswerOption> options() {
        return List.copyOf(options);
    }

    /** What an option is before it is stored. */
    public record OptionDraft(String label, boolean correct) {
    }
}
