package id.yomu.core.identity.domain;

/** What an account may do. Nobody registers as ADMIN: admins are made by an admin. */
public enum Role {
    READER,
    ADMIN
}
