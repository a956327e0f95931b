package id.yomu.web.interfaces.rest.forum;

/** Body of PUT /comments/{id}/vote: UPVOTE or DOWNVOTE. */
public record VoteRequest(String value) {
}
