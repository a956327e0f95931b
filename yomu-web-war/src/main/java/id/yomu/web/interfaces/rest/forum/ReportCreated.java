package id.yomu.web.interfaces.rest.forum;

/** Answer to POST /comments/{id}/reports. */
public record ReportCreated(long id) {
}
