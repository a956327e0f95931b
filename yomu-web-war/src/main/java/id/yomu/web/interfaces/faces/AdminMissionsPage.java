package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.missions.application.DailyMissions;
import id.yomu.engine.missions.application.MissionChoices;
import id.yomu.engine.missions.application.MissionDraft;
import id.yomu.engine.missions.application.MissionService;
import id.yomu.engine.missions.application.MissionTemplate;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** {@code admin/missions.xhtml}: mission templates (create, edit, delete) and today's three missions (replace). */
@Named
@RequestScoped
public class AdminMissionsPage {

    @Inject
    MissionService missions;

    @Inject
    CurrentAccount current;

    private List<MissionTemplate> templates = List.of();
    private DailyMissions today;

    @PostConstruct
    void load() {
        if (current.isAdmin()) {
            templates = missions.templates();
            today = missions.today();
        }
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public String create() {
        current.requireAdmin();
        try {
            missions.create(draftFromRequest());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "mission.template_created");
        } catch (InvalidInputException e) {
            FacesPages.pageErrors(e.errors());
        }
        load();
        return null;
    }

    public String update() {
        current.requireAdmin();
        Long id = FacesPages.number("template");
        try {
            missions.update(id == null ? -1 : id, draftFromRequest());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "mission.template_saved");
        } catch (InvalidInputException e) {
            FacesPages.pageErrors(e.errors());
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        load();
        return null;
    }

    public String delete() {
        current.requireAdmin();
        Long id = FacesPages.number("template");
        try {
            missions.delete(id == null ? -1 : id);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "mission.template_deleted");
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "mission.template_in_use");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        load();
        return null;
    }

    public String chooseToday() {
        current.requireAdmin();
        List<Long> chosen = new ArrayList<>();
        for (int slot = 1; slot <= 3; slot++) {
            chosen.add(FacesPages.number("slot" + slot));
        }
        try {
            missions.chooseToday(chosen);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "mission.today_chosen");
        } catch (InvalidInputException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "mission.today_invalid");
        }
        load();
        return null;
    }

    private static MissionDraft draftFromRequest() {
        return new MissionDraft(FacesPages.parameter("type"), AdminAchievementsPage.whole("target"),
                AdminAchievementsPage.whole("threshold"), AdminAchievementsPage.whole("reward"),
                FacesPages.parameter("active") != null);
    }

    public List<MissionTemplate> getTemplates() {
        return templates;
    }

    public List<MissionTemplate> getActiveTemplates() {
        return templates.stream().filter(MissionTemplate::active).toList();
    }

    public DailyMissions getToday() {
        return today;
    }

    /** The template in today's slot (1 to 3), to preselect it. */
    public long todayIn(int slot) {
        return today == null || today.missions().size() < slot ? 0 : today.missions().get(slot - 1).id();
    }

    public List<String> getTypes() {
        return MissionChoices.TYPES;
    }
}
