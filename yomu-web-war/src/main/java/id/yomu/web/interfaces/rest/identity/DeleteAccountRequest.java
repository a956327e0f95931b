package id.yomu.web.interfaces.rest.identity;

/** Body of DELETE /me: the password confirms that the owner means it. */
public record DeleteAccountRequest(String password) {
}
