package org.servicecentre.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Languages;

/** A person's sign-in to the product: role, scope, language and whether it may still be used. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_centre", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "centre_id", nullable = false)
    private Set<Long> centreIds = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 8)
    private String language = "zh-CN";

    @Column(length = 200)
    private String email;

    @Column(name = "optional_messages", nullable = false)
    private boolean optionalMessages = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Sets role and scope together so an account can never hold a scope its role does not use. */
    void assign(Role newRole, Long region, Long organisation, Set<Long> centres) {
        switch (newRole) {
            case REGION_OFFICER -> require(region != null, "SCOPE_REGION_REQUIRED");
            case CENTRE_MANAGER -> require(centres != null && !centres.isEmpty(), "SCOPE_CENTRES_REQUIRED");
            case NGO_STAFF -> require(organisation != null, "SCOPE_ORGANISATION_REQUIRED");
            case KIOSK -> throw new DomainException("ROLE_NOT_FOR_PEOPLE");
            case ADMIN -> { }
        }
        this.role = newRole;
        this.regionId = newRole == Role.REGION_OFFICER ? region : null;
        this.organisationId = newRole == Role.NGO_STAFF ? organisation : null;
        this.centreIds.clear();
        if (newRole == Role.CENTRE_MANAGER) {
            this.centreIds.addAll(centres);
        }
    }

    private static void require(boolean condition, String code) {
        if (!condition) {
            throw new DomainException(code);
        }
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void speak(Locale locale) {
        this.language = Languages.tagOf(locale);
    }

    void reachAt(String newEmail, boolean wantsOptionalMessages) {
        String trimmed = newEmail == null ? "" : newEmail.strip();
        require(trimmed.length() <= 200 && (trimmed.isEmpty() || EMAIL.matcher(trimmed).matches()), "ACCOUNT_EMAIL_INVALID");
        this.email = trimmed.isEmpty() ? null : trimmed;
        this.optionalMessages = wantsOptionalMessages;
    }

    AccountContact contact() {
        return new AccountContact(id, displayName, email, Languages.closest(language), optionalMessages, enabled, role);
    }

    void signedIn(Instant when) {
        this.lastLoginAt = when;
    }

    Scope scope() {
        return new Scope(id, username, displayName, role, regionId, organisationId, centreIds,
                Languages.closest(language));
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, role, regionId, organisationId, Set.copyOf(centreIds),
                enabled, Languages.closest(language), createdAt, lastLoginAt);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Role role() {
        return role;
    }
}
