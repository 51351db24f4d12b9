package org.servicecentre.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal staff check-in codes (工作人员签到码): NGO staff, centre managers and admins each create one on their
 * profile, keep it as a picture on their phone and show it to a centre's kiosk to confirm that a booking has started.
 * <p>
 * A code is 160 random bits behind the prefix {@value #PREFIX}, written in lower-case base32 so that any barcode
 * scanner types it without shift keys; only its SHA-256 hash is stored, and the code is shown once. A new code
 * replaces the old at once; revoking, disabling the account, taking away its staff role or resetting its password
 * makes the code useless. A code is not a login: it opens no screen and no API, and the only thing that accepts it is
 * {@link #identify}, which only a kiosk may call.
 */
@Service
@Transactional
public class StaffCodes {

    /** What every staff code starts with (compared without regard to case). */
    public static final String PREFIX = "scs_";

    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.CENTRE_MANAGER, Role.NGO_STAFF);
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int SECRET_BYTES = 20;
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    /** Longer than any code; a scanner that typed more than this did not read a staff code. */
    private static final int MAX_LENGTH = 100;

    private final StaffCheckInCodes codes;
    private final UserAccounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffCodes(StaffCheckInCodes codes, UserAccounts accounts, CurrentUser currentUser, Clock clock) {
        this.codes = codes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Whether scanned text is meant as a staff code (as opposed to a ticket or a personal card): the kiosk routes it
     * by this alone, so that a mistyped staff code still gets the staff answer ("not valid") rather than a resident's.
     */
    public static boolean looksLike(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH
                && text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /** Whether an account of this role may hold a staff code: the roles that run or keep what happens in rooms. */
    public static boolean mayHoldOne(Role role) {
        return STAFF.contains(role);
    }

    /** A new staff code for the caller, replacing the one they had (which stops working at once). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public IssuedStaffCode issue() {
        long userId = currentUser.scope().userId();
        var code = newCode();
        var row = codes.findByUserId(userId).orElseGet(() -> new StaffCheckInCode(userId));
        row.replace(ApiTokenService.hash(code), code.substring(0, HINT_LENGTH), clock.instant());
        var saved = codes.saveAndFlush(row);
        return new IssuedStaffCode(code, saved.summary());
    }

    /** The caller's current staff code (its first characters and dates), if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StaffCodeSummary> mine() {
        return codes.findByUserId(currentUser.scope().userId()).filter(StaffCheckInCode::active)
                .map(StaffCheckInCode::summary);
    }

    /** Revokes the caller's staff code; nothing happens if they have none. */
    @PreAuthorize("isAuthenticated()")
    public void revoke() {
        codes.findByUserId(currentUser.scope().userId()).ifPresent(code -> code.revoke(clock.instant()));
    }

    /**
     * The staff member a scanned code belongs to, if the code is current and its account enabled and still a staff
     * role; notes that the code was used. For kiosks only.
     */
    @PreAuthorize("hasRole('KIOSK')")
    public Optional<StaffMember> identify(String scanned) {
        if (!looksLike(scanned)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return codes.findByCodeHash(ApiTokenService.hash(normalise(scanned)))
                .filter(StaffCheckInCode::active)
                .flatMap(code -> accounts.findById(code.userId())
                        .filter(UserAccount::enabled)
                        .filter(account -> mayHoldOne(account.role()))
                        .map(account -> {
                            code.used(now);
                            var scope = account.scope();
                            return new StaffMember(scope.userId(), scope.displayName(), scope.role(),
                                    scope.organisationId(), scope.centreIds());
                        }));
    }

    private String newCode() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        var text = new StringBuilder(PREFIX);
        int buffer = 0;
        int bits = 0;
        for (byte b : secret) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return text.toString();
    }

    /** Scanners may type with caps lock on or add spaces: the code is the same. */
    private static String normalise(String scanned) {
        return scanned.strip().toLowerCase(Locale.ROOT);
    }
}
