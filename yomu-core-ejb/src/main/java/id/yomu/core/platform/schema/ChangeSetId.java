package id.yomu.core.platform.schema;

import java.util.Set;

/** One Liquibase changeset as the changelog declares it. */
public record ChangeSetId(String id, String author, Set<String> labels, Set<String> contexts) {

    /** Demo content is optional: production migrations skip it, so no instance may wait for it. */
    public static final String DEMO_CONTEXT = "demo";

    public String key() {
        return id + "::" + author;
    }

    public boolean optional() {
        return contexts.contains(DEMO_CONTEXT);
    }
}
