package id.yomu.web.interfaces.rest.forum;

/** Body of POST /articles/{id}/comments: parent_id makes it a reply. */
public record CommentRequest(String body, Long parentId) {
}
