package id.yomu.web.interfaces.rest.forum;

/** Body of POST /comments/{id}/reports. */
public record ReportRequest(String reason) {
}
