package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.SeasonAdministration;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code admin/seasons.xhtml}: the running season with its countdown; end it now (the form carries the
 * season's number, so a second click after it ended changes nothing), move its end, set the next seasons' length.
 */
@Named
@RequestScoped
public class AdminSeasonsPage {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    SeasonAdministration administration;

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @Inject
    DisplayZone zone;

    private SeasonView season;
    private String endsAt;
    private Integer seasonDays;

    @PostConstruct
    void load() {
        if (current.isAdmin()) {
            season = league.currentSeason();
            endsAt = FIELD.format(season.endsAt().atZone(zone.zone()));
            seasonDays = administration.seasonDays();
        }
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public String endNow() {
        current.requireAdmin();
        Long number = FacesPages.number("season");
        try {
            administration.end(number == null ? -1 : number.intValue());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "season.ended", number);
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "season.already_ended", number);
        }
        load();
        return null;
    }

    public String schedule() {
        current.requireAdmin();
        try {
            Instant end = parse(endsAt);
            administration.schedule(end, seasonDays);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "season.scheduled");
            load();
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        }
        return null;
    }

    private Instant parse(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip(), FIELD).atZone(zone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldError("ends_at", "invalid", "must be a date and time")));
        }
    }

    public SeasonView getSeason() {
        return season;
    }

    public Countdown getCountdown() {
        return Countdown.of(season.secondsLeft());
    }

    public String getStartsAtShown() {
        return SeasonsPage.format(season.startsAt(), zone);
    }

    public String getEndsAtShown() {
        return SeasonsPage.format(season.endsAt(), zone);
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getSeasonDays() {
        return seasonDays;
    }

    public void setSeasonDays(Integer seasonDays) {
        this.seasonDays = seasonDays;
    }
}
