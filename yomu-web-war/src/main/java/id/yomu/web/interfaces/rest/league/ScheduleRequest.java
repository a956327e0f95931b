package id.yomu.web.interfaces.rest.league;

/** Body of PUT /admin/seasons/current: a new end for the running season (ISO-8601 instant) and/or the length of the next ones. */
public record ScheduleRequest(String endsAt, Integer seasonDays) {
}
