package id.yomu.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A person who uses Yomu. Registered as an ACTIVE reader with a username, a display name, a
 * password hash and at least one of email or phone; may be promoted to ADMIN, deactivated and
 * reactivated by an admin, and soft-deleted by its owner, which frees the email and phone but keeps
 * the username so that old forum posts still point at a row. Every password change or "log out
 * everywhere" moves the session epoch on, which invalidates every token issued before.
 */
@Entity
@Table(schema = "core", name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :value")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :value")
@NamedQuery(name = "Account.findByPhone", query = "SELECT a FROM Account a WHERE a.phone = :value")
@NamedQuery(name = "Account.countByUsername", query = "SELECT COUNT(a) FROM Account a WHERE a.username = :value")
@NamedQuery(name = "Account.countByEmail", query = "SELECT COUNT(a) FROM Account a WHERE a.email = :value AND a.id <> :self")
@NamedQuery(name = "Account.countByPhone", query = "SELECT COUNT(a) FROM Account a WHERE a.phone = :value AND a.id <> :self")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 30)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 16)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.READER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(length = 160)
    private String bio;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String phone, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.createdAt = utc(now);
        this.updatedAt = utc(now);
    }

    public void changeProfile(String displayName, String bio, String email, String phone, Instant now) {
        this.displayName = displayName;
        this.bio = bio;
        this.email = email;
        this.phone = phone;
        this.updatedAt = utc(now);
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        endAllSessions(now);
    }

    public void endAllSessions(Instant now) {
        this.sessionEpoch++;
        this.updatedAt = utc(now);
    }

    public void delete(Instant now) {
        this.status = AccountStatus.DELETED;
        this.email = null;
        this.phone = null;
        this.bio = null;
        this.deletedAt = utc(now);
        endAllSessions(now);
    }

    public void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = utc(now);
    }

    public void changeStatus(AccountStatus status, Instant now) {
        this.status = status;
        endAllSessions(now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    public String bio() {
        return bio;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** EclipseLink binds Instant as bytes; OffsetDateTime maps to timestamptz. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
