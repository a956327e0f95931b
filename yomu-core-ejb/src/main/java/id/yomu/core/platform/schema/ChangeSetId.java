package id.yomu.core.platform.schema;

import java.util.Set;

/** One Liquibase changeset as the changelog declares it. */
public record ChangeSetId(String id, String author, Set<String> labels) {

    public String key() {
        return id + "::" + author;
    }
}
