package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanSummary;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.web.interfaces.rest.clans.ClanCallers;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code clans.xhtml}: the clan directory (search, 20 a page), one's own clan, and founding a clan. */
@Named
@RequestScoped
public class ClansPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    ClanService clans;

    @Inject
    CurrentAccount current;

    private String text;
    private Long myClan;
    private Page<ClanSummary> page = new Page<>(List.of(), 0, 1, PAGE_SIZE);
    private String name;
    private String description;

    @PostConstruct
    void load() {
        if (!current.isLoggedIn()) {
            return;
        }
        text = FacesPages.parameter("q");
        Long number = FacesPages.number("page");
        int pageNumber = number == null || number < 1 || number > 100_000 ? 1 : number.intValue();
        page = clans.directory(text, new PageRequest(pageNumber, PAGE_SIZE));
        myClan = clans.clanOf(current.require().id()).orElse(null);
    }

    public String guard() {
        return current.isLoggedIn() ? null : FacesPages.logInThenReturn();
    }

    public String create() {
        try {
            ClanView clan = clans.create(ClanCallers.member(current.require()), name, description);
            return "/clan?faces-redirect=true&id=" + clan.id();
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors().stream()
                    .map(error -> new FieldError("clan_" + error.field(), error.code(), error.message())).toList());
        } catch (DuplicateValueException e) {
            FacesPages.fieldErrors(List.of(new FieldError("clan_name", "taken", e.getMessage())));
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "clan.already_member");
        }
        return null;
    }

    public List<ClanSummary> getClans() {
        return page.items();
    }

    public long getTotal() {
        return page.total();
    }

    public Pager getPager() {
        return Pager.of(page);
    }

    public String getText() {
        return text;
    }

    public Long getMyClan() {
        return myClan;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
