package id.yomu.web.interfaces.faces;

import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ContentAdministration;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code admin/categories.xhtml}: the categories with their article counts; create, rename, delete.
 * Each row is its own form carrying the category id, so a post never depends on a row's position.
 */
@Named
@RequestScoped
public class AdminCategoriesPage {

    @Inject
    ContentAdministration content;

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    private List<CategoryView> categories = List.of();
    private String name;

    @PostConstruct
    void load() {
        if (current.isAdmin()) {
            categories = reading.categories();
        }
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public String create() {
        current.requireAdmin();
        try {
            CategoryView created = content.createCategory(name);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "admin.category_created", created.name());
            name = null;
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        } catch (DuplicateValueException e) {
            FacesPages.fieldErrors(List.of(new FieldError("name", "taken", e.getMessage())));
        }
        load();
        return null;
    }

    public String rename() {
        current.requireAdmin();
        Long id = FacesPages.number("category");
        try {
            CategoryView renamed = content.renameCategory(id == null ? -1 : id, FacesPages.parameter("rename"));
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "admin.category_renamed", renamed.name());
        } catch (InvalidInputException e) {
            FacesPages.pageErrors(e.errors());
        } catch (DuplicateValueException e) {
            FacesPages.pageErrors(List.of(new FieldError("name", "taken", e.getMessage())));
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        load();
        return null;
    }

    public String delete() {
        current.requireAdmin();
        Long id = FacesPages.number("category");
        String shown = categories.stream().filter(c -> id != null && c.id() == id).map(CategoryView::name)
                .findFirst().orElse("");
        try {
            content.deleteCategory(id == null ? -1 : id);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "admin.category_deleted", shown);
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.category_not_empty", shown);
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        load();
        return null;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
