package id.yomu.core.identity.domain;

/** Whether an account may log in. DELETED is final: the row stays so that old posts keep an author. */
public enum AccountStatus {
    ACTIVE,
    DEACTIVATED,
    DELETED
}
