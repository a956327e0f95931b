package id.yomu.core.identity.application.internal;

import static id.yomu.core.identity.domain.AccountRules.checkBio;
import static id.yomu.core.identity.domain.AccountRules.checkContact;
import static id.yomu.core.identity.domain.AccountRules.checkDisplayName;
import static id.yomu.core.identity.domain.AccountRules.checkEmail;
import static id.yomu.core.identity.domain.AccountRules.checkPassword;
import static id.yomu.core.identity.domain.AccountRules.checkPhone;
import static id.yomu.core.identity.domain.AccountRules.checkUsername;
import static id.yomu.core.identity.domain.AccountRules.found;
import static id.yomu.core.identity.domain.AccountRules.normalizeEmail;
import static id.yomu.core.identity.domain.AccountRules.normalizePhone;
import static id.yomu.core.identity.domain.AccountRules.normalizeText;
import static id.yomu.core.identity.domain.AccountRules.normalizeUsername;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.events.EventOutbox;
import id.yomu.core.identity.application.AccountDeactivatedException;
import id.yomu.core.identity.application.AccountView;
import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.identity.application.Credentials;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.InvalidCredentialsException;
import id.yomu.core.identity.application.PasswordChange;
import id.yomu.core.identity.application.ProfileChanges;
import id.yomu.core.identity.application.Registration;
import id.yomu.core.identity.application.SessionToken;
import id.yomu.core.identity.domain.Account;
import id.yomu.core.identity.domain.AccountRepository;
import id.yomu.core.identity.domain.AccountRules;
import id.yomu.core.identity.domain.AccountStatus;
import id.yomu.core.identity.domain.LoginIdentifier;
import id.yomu.core.platform.metrics.BusinessMetrics;
import id.yomu.core.platform.metrics.CommitMetrics;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultIdentityService implements IdentityService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    SessionTokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    CommitMetrics metrics;

    @Inject
    EventOutbox outbox;

    @Override
    public SessionToken register(Registration form) {
        String username = normalizeUsername(form.username());
        String displayName = normalizeText(form.displayName());
        String email = normalizeEmail(form.email());
        String phone = normalizePhone(form.phone());
        List<FieldError> errors = found(
                checkUsername(username),
                checkDisplayName(displayName),
                checkPassword("password", form.password(), username),
                checkEmail(email),
                checkPhone(phone),
                checkContact(email, phone));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (accounts.usernameTaken(username)) {
            throw new DuplicateValueException("username");
        }
        rejectTakenContact(email, phone, -1);
        Instant now = Instant.now();
        Account account = accounts.add(new Account(username, displayName, email, phone, passwords.hash(form.password()), now));
        metrics.countOnCommit(BusinessMetrics.READERS_REGISTERED);
        outbox.record(CoreEventType.READER_REGISTERED, account.id(), Map.of("username", username));
        return sessionFor(account, now);
    }

    @Override
    public SessionToken logIn(Credentials credentials) {
        LoginIdentifier identifier = LoginIdentifier.parse(credentials.identifier());
        List<FieldError> errors = found(
                checkIdentifier(identifier.value()),
                checkTypedPassword(credentials.password()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        throttle.checkAllowed(identifier.throttleKey(), credentials.clientAddress());
        Optional<Account> found = accounts.findBy(identifier)
                .filter(account -> account.status() != AccountStatus.DELETED);
        boolean passwordRight = found.isPresent()
                ? passwords.matches(credentials.password(), found.get().passwordHash())
                : spendTimeAndFail(credentials.password());
        if (!passwordRight) {
            throttle.recordFailure(identifier.throttleKey(), credentials.clientAddress());
            throw new InvalidCredentialsException();
        }
        Account account = found.get();
        if (account.status() == AccountStatus.DEACTIVATED) {
            throw new AccountDeactivatedException();
        }
        throttle.recordSuccess(identifier.throttleKey());
        return sessionFor(account, Instant.now());
    }

    @Override
    public Optional<AuthenticatedAccount> authenticate(String token) {
        return tokens.verify(token, Instant.now())
                .flatMap(claims -> accounts.find(claims.accountId())
                        .filter(account -> account.status() == AccountStatus.ACTIVE)
                        .filter(account -> account.sessionEpoch() == claims.epoch()))
                .map(account -> new AuthenticatedAccount(account.id(), account.username(), account.displayName(),
                        account.role().name()));
    }

    @Override
    public AccountView profile(long accountId) {
        return view(activeAccount(accountId));
    }

    @Override
    public AccountView updateProfile(long accountId, ProfileChanges changes) {
        Account account = activeAccount(accountId);
        String displayName = normalizeText(changes.displayName());
        String bio = normalizeText(changes.bio());
        String email = normalizeEmail(changes.email());
        String phone = normalizePhone(changes.phone());
        List<FieldError> errors = found(
                checkDisplayName(displayName),
                checkBio(bio),
                checkEmail(email),
                checkPhone(phone),
                checkContact(email, phone));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rejectTakenContact(email, phone, accountId);
        account.changeProfile(displayName, bio, email, phone, Instant.now());
        accounts.flush();
        return view(account);
    }

    @Override
    public SessionToken changePassword(long accountId, PasswordChange change) {
        Account account = activeAccount(accountId);
        List<FieldError> errors = found(
                passwords.matches(change.currentPassword(), account.passwordHash())
                        ? null : new FieldError("current_password", "wrong", "is not correct"),
                checkPassword("new_password", change.newPassword(), account.username()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        account.changePassword(passwords.hash(change.newPassword()), now);
        return sessionFor(account, now);
    }

    @Override
    public void logOutEverywhere(long accountId) {
        activeAccount(accountId).endAllSessions(Instant.now());
    }

    @Override
    public void deleteAccount(long accountId, String password) {
        Account account = activeAccount(accountId);
        if (!passwords.matches(password, account.passwordHash())) {
            throw new InvalidInputException(new FieldError("password", "wrong", "is not correct"));
        }
        account.delete(Instant.now());
        outbox.record(CoreEventType.READER_DELETED, account.id(), Map.of());
    }

    private static FieldError checkIdentifier(String identifier) {
        if (identifier.isEmpty()) {
            return FieldError.required("identifier");
        }
        return identifier.length() > AccountRules.EMAIL_MAX
                ? new FieldError("identifier", "too_long", "must be at most " + AccountRules.EMAIL_MAX + " characters")
                : null;
    }

    /** No stored password is longer than 128 characters, so a longer one is a typing error, not a guess. */
    private static FieldError checkTypedPassword(String password) {
        if (password == null || password.isEmpty()) {
            return FieldError.required("password");
        }
        return password.length() > AccountRules.PASSWORD_MAX
                ? new FieldError("password", "too_long", "must be at most " + AccountRules.PASSWORD_MAX + " characters")
                : null;
    }

    private boolean spendTimeAndFail(String password) {
        passwords.spendTimeOfOneCheck(password);
        return false;
    }

    private void rejectTakenContact(String email, String phone, long exceptAccountId) {
        if (email != null && accounts.emailTaken(email, exceptAccountId)) {
            throw new DuplicateValueException("email");
        }
        if (phone != null && accounts.phoneTaken(phone, exceptAccountId)) {
            throw new DuplicateValueException("phone");
        }
    }

    private Account activeAccount(long accountId) {
        return accounts.find(accountId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("Account"));
    }

    private SessionToken sessionFor(Account account, Instant now) {
        return new SessionToken(tokens.issue(account.id(), account.sessionEpoch(), now), tokens.expiryFrom(now),
                view(account));
    }

    static AccountView view(Account account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.email(),
                account.phone(), account.bio(), account.role().name(), account.createdAt());
    }
}
