package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.achievements.application.AchievementChoices;
import id.yomu.engine.achievements.application.AchievementDraft;
import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.AchievementTemplate;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code admin/achievements.xhtml}: the achievement templates; create, edit, delete. Each row is its own form
 * of plain inputs named by field, carrying the template id.
 */
@Named
@RequestScoped
public class AdminAchievementsPage {

    @Inject
    AchievementService achievements;

    @Inject
    CurrentAccount current;

    private List<AchievementTemplate> templates = List.of();

    @PostConstruct
    void load() {
        if (current.isAdmin()) {
            templates = achievements.templates();
        }
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public String create() {
        current.requireAdmin();
        try {
            AchievementTemplate created = achievements.create(draftFromRequest());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "achievement.created", created.name());
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
            AchievementTemplate saved = achievements.update(id == null ? -1 : id, draftFromRequest());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "achievement.saved", saved.name());
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
            achievements.delete(id == null ? -1 : id);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "achievement.deleted");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        load();
        return null;
    }

    private static AchievementDraft draftFromRequest() {
        return new AchievementDraft(FacesPages.parameter("name"), FacesPages.parameter("description"),
                FacesPages.parameter("type"), whole("target"), whole("threshold"), whole("reward"),
                FacesPages.parameter("rarity"), FacesPages.parameter("active") != null);
    }

    static Integer whole(String parameter) {
        Long value = FacesPages.number(parameter);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    public List<AchievementTemplate> getTemplates() {
        return templates;
    }

    public List<String> getTypes() {
        return AchievementChoices.TYPES;
    }

    public List<String> getRarities() {
        return AchievementChoices.RARITIES;
    }
}
