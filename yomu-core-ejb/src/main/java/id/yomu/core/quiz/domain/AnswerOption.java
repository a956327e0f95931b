package id.yomu.core.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One option of a question; exactly one per question is correct (the database holds that too). */
@Entity
@Table(schema = "core", name = "answer_option")
public class AnswerOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String label;

    @Column(nullable = false)
    private boolean correct;

    protected AnswerOption() {
    }

    AnswerOption(Question question, int position, String label, boolean correct) {
        this.question = question;
        this.position = position;
        this.label = label;
        this.correct = correct;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public boolean correct() {
        return correct;
    }
}
