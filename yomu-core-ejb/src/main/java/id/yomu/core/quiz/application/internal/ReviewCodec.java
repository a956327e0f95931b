package id.yomu.core.quiz.application.internal;

import id.yomu.core.quiz.application.QuizResult.ReviewItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** The review snapshot of an attempt as JSON, so later edits of the questions never change it. */
@ApplicationScoped
public class ReviewCodec {

    private static final Type REVIEW = new ArrayList<ReviewItem>() { }.getClass().getGenericSuperclass();
    private final Jsonb jsonb = JsonbBuilder.create();

    public String write(List<ReviewItem> review) {
        return jsonb.toJson(review);
    }

    public List<ReviewItem> read(String json) {
        return jsonb.fromJson(json, REVIEW);
    }
}
