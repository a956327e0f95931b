package id.yomu.core.reading.domain;

import id.yomu.core.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Spec §2 rules for what an admin writes; every bad field is named at once. */
public final class ArticleRules {

    private ArticleRules() {
    }

    public static List<FieldError> check(String title, String body, Integer readingLevel, Long categoryId) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.required("title"));
        } else if (title.strip().codePointCount(0, title.strip().length()) > Article.TITLE_MAX) {
            errors.add(new FieldError("title", "too_long", "must be at most " + Article.TITLE_MAX + " characters"));
        }
        if (body == null || body.isBlank()) {
            errors.add(FieldError.required("body"));
        } else if (body.length() > Article.BODY_MAX) {
            errors.add(new FieldError("body", "too_long", "must be at most " + Article.BODY_MAX + " characters"));
        }
        if (readingLevel == null) {
            errors.add(FieldError.required("reading_level"));
        } else if (readingLevel < 1 || readingLevel > 5) {
            errors.add(new FieldError("reading_level", "invalid", "must be between 1 and 5"));
        }
        if (categoryId == null) {
            errors.add(FieldError.required("category_id"));
        }
        return errors;
    }

    public static FieldError checkCategoryName(String name) {
        if (name == null || name.isBlank()) {
            return FieldError.required("name");
        }
        return name.strip().length() > Category.NAME_MAX
                ? new FieldError("name", "too_long", "must be at most " + Category.NAME_MAX + " characters") : null;
    }
}
