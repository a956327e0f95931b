package id.yomu.web.interfaces.rest.forum;

/** Body of POST /comments/{id}/reactions: one of 👍 ❤️ 😂 😮 😢. */
public record ReactionRequest(String emoji) {
}
