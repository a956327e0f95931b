package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.NotFoundException;
import id.yomu.web.interfaces.rest.engine.PublicProfiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** {@code reader.xhtml?id=N}: a reader's public profile, open to everyone. */
@Named
@RequestScoped
public class ReaderProfilePage {

    @Inject
    PublicProfiles profiles;

    @Inject
    DisplayZone zone;

    private String id;
    private PublicProfiles.PublicProfile profile;

    /** The view action: the profile, or a 404 page for an unknown or deleted reader. */
    public String load() {
        try {
            profile = profiles.of(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            FacesPages.sendError(404, "No such reader");
        }
        return null;
    }

    public PublicProfiles.PublicProfile getProfile() {
        return profile;
    }

    public LocalDate getJoined() {
        return profile == null ? null : zone.dateOf(profile.joinedAt());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
