package id.yomu.core.forum.application;

/** Who wrote a comment; a deleted account shows as "deleted reader" without a username. */
public record AuthorView(String displayName, String username, boolean deleted) {

    public static final String DELETED_READER = "deleted reader";

    public static AuthorView of(String displayName, String username, boolean accountDeleted) {
        return accountDeleted ? new AuthorView(DELETED_READER, null, true) : new AuthorView(displayName, username, false);
    }
}
