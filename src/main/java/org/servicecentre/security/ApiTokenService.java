package org.servicecentre.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked by their owner, with the same scope as the owner's account. */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "sc_";
    private static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokens tokens, UserAccounts accounts, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a token for the caller; {@code validFor} null means it lasts until revoked. */
    @PreAuthorize("isAuthenticated()")
    public IssuedToken create(String name, Duration validFor) {
        return issue(currentUser.scope().userId(), name, validFor);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUser.scope().userId()).stream()
                .map(ApiToken::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.userId() == currentUser.scope().userId())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(clock.instant());
    }

    /**
     * For the token endpoint: a token for the account that {@code signedIn} proves, as the authentication manager
     * returned it after checking the password (and the failed-login limits).
     */
    public IssuedToken issueFor(Authentication signedIn, String name, Duration validFor) {
        if (signedIn == null || !signedIn.isAuthenticated()
                || !(signedIn.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AccessDeniedException("a token is issued only to an account that signed in");
        }
        return issue(principal.userId(), name, validFor);
    }

    /** For the token endpoint, after the username and password were checked. */
    IssuedToken issue(long userId, String name, Duration validFor) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new DomainException("TOKEN_NAME_INVALID", MAX_NAME);
        }
        if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
            throw new DomainException("TOKEN_VALIDITY_INVALID");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.instant();
        var saved = tokens.save(new ApiToken(userId, trimmed, hash(token), token.substring(0, 10), now,
                validFor == null ? null : now.plus(validFor)));
        return new IssuedToken(token, saved.summary());
    }

    /** The account behind a presented token, if the token is known, not revoked, not expired and the account enabled. */
    Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(hash(presented))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> {
                    token.used(now);
                    return accounts.findById(token.userId());
                })
                .filter(UserAccount::enabled)
                .map(AccountPrincipal::new);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
