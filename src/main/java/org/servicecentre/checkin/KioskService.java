package org.servicecentre.checkin;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.Place;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Kiosks of a centre and the pairing of their devices, as trusted ticketing systems do it: a manager creates a kiosk
 * and gets a one-time pairing code (8 digits, valid 30 minutes, stored hashed); the kiosk's browser exchanges it once
 * for a long-lived device token (256 random bits, stored as a SHA-256 hash, handed over once). Admins manage every
 * kiosk, managers those of their centres; nobody else.
 * <p>
 * A new pairing code ends the current pairing at once (the device in use stops working; this is how a broken tablet
 * is replaced or a revoked kiosk brought back), and the kiosk waits for pairing again.
 */
@Service
@Validated
@Transactional
public class KioskService {

    /** How long a pairing code may be used. */
    public static final Duration PAIRING_VALIDITY = Duration.ofMinutes(30);
    static final String TOKEN_PREFIX = "kd_";
    private static final int CODE_DIGITS = 8;

    private final KioskDevices kiosks;
    private final PairingAttempts attempts;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    KioskService(KioskDevices kiosks, PairingAttempts attempts, CentreService centres, CurrentUser currentUser,
                 Clock clock) {
        this.kiosks = kiosks;
        this.attempts = attempts;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a kiosk for the centre; the answer holds its pairing code, which is never shown again. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public PairingCode create(long centreId, @Valid KioskDraft draft) {
        var scope = currentUser.scope();
        checkManages(scope, centreId);
        var centre = centreNames(Set.of(centreId)).get(centreId);
        if (centre == null) {
            throw new NotFoundException("centre", centreId);
        }
        if (kiosks.existsByCode(draft.getCode())) {
            throw new DomainException("KIOSK_CODE_TAKEN", draft.getCode());
        }
        var kiosk = kiosks.save(new KioskDevice(centreId, draft.getCode(), draft.getName(), scope.username(),
                clock.instant()));
        return startPairing(kiosk, centre.centreName());
    }

    /** The kiosks of one centre, or (with {@code centreId} null) of every centre the caller manages. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public List<KioskSummary> list(Long centreId) {
        var scope = currentUser.scope();
        List<KioskDevice> found;
        if (centreId != null) {
            checkManages(scope, centreId);
            found = kiosks.findByCentreIdInOrderByCodeAsc(Set.of(centreId));
        } else {
            found = scope.isAdmin() ? kiosks.findAllByOrderByCodeAsc()
                    : kiosks.findByCentreIdInOrderByCodeAsc(scope.centreIds());
        }
        var names = centreNames(found.stream().map(KioskDevice::centreId).collect(Collectors.toSet()));
        var now = clock.instant();
        return found.stream().map(k -> k.summary(name(names, k.centreId()), now)).toList();
    }

    /** A fresh pairing code for the kiosk; the device paired so far stops working at once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public PairingCode newPairingCode(long kioskId) {
        var kiosk = managed(kioskId);
        return startPairing(kiosk, name(centreNames(Set.of(kiosk.centreId())), kiosk.centreId()));
    }

    /** Revokes the kiosk: its device token and any pairing code are refused from now on. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public KioskSummary revoke(long kioskId) {
        var kiosk = managed(kioskId);
        var now = clock.instant();
        kiosk.revoke(now);
        return kiosk.summary(name(centreNames(Set.of(kiosk.centreId())), kiosk.centreId()), now);
    }

    /**
     * Pairs the device that presents a valid pairing code (no sign-in: this is how a kiosk gets its credentials).
     * Wrong codes count against the client's address; after too many, none is accepted for a while.
     */
    public PairedKiosk pair(String code, String clientAddress) {
        if (!attempts.allowed(clientAddress)) {
            throw new DomainException("KIOSK_PAIRING_BLOCKED", PairingAttempts.WINDOW.toMinutes());
        }
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        var now = clock.instant();
        var matching = digits.isEmpty() ? List.<KioskDevice>of() : kiosks.findByPairingCodeHash(hash(digits));
        var kiosk = matching.stream().filter(k -> k.pairableAt(now)).findFirst();
        if (kiosk.isEmpty()) {
            attempts.failed(clientAddress);
            throw new DomainException(matching.isEmpty() ? "KIOSK_PAIRING_CODE_INVALID" : "KIOSK_PAIRING_CODE_EXPIRED");
        }
        return issueToken(kiosk.get(), newToken());
    }

    /**
     * Pairs a kiosk with a token chosen by the caller instead of a random one: only for the demo data, whose kiosks
     * must open from a documented address. Never use it for real devices.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PairedKiosk pairWithKnownToken(long kioskId, String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() < 24) {
            throw new IllegalArgumentException("a device token starts with " + TOKEN_PREFIX + " and is long");
        }
        var kiosk = kiosks.findById(kioskId).orElseThrow(() -> new NotFoundException("kiosk", kioskId));
        return issueToken(kiosk, token);
    }

    /** The calling kiosk itself, for the kiosk screens and the devices' "am I paired?" check. */
    @PreAuthorize("hasRole('KIOSK')")
    @Transactional(readOnly = true)
    public KioskSummary me() {
        DevicePrincipal device = currentUser.device().orElseThrow(() -> new AccessDeniedException("not a kiosk"));
        var kiosk = kiosks.findById(device.deviceId()).filter(KioskDevice::usable)
                .orElseThrow(() -> new AccessDeniedException("kiosk no longer paired"));
        return kiosk.summary(name(centreNames(Set.of(kiosk.centreId())), kiosk.centreId()), clock.instant());
    }

    /**
     * The kiosk a device token belongs to, if it is paired: lets a browser take over a token it was given (the demo
     * kiosks, or a provisioning script) instead of pairing with a code. Holding the token is the credential.
     */
    @Transactional(readOnly = true)
    public Optional<KioskSummary> recognise(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return kiosks.findByTokenHash(hash(token)).filter(KioskDevice::usable)
                .map(k -> k.summary(name(centreNames(Set.of(k.centreId())), k.centreId()), now));
    }

    /** The kiosk behind a device token, if paired and not revoked; notes that it was seen. */
    Optional<DevicePrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return kiosks.findByTokenHash(hash(token)).filter(KioskDevice::usable).map(kiosk -> {
            kiosk.seen(clock.instant());
            return new DevicePrincipal(kiosk.id(), kiosk.code(), kiosk.name(), kiosk.centreId());
        });
    }

    private PairedKiosk issueToken(KioskDevice kiosk, String token) {
        var now = clock.instant();
        kiosk.pair(hash(token), now);
        kiosks.flush();
        return new PairedKiosk(token, kiosk.summary(name(centreNames(Set.of(kiosk.centreId())), kiosk.centreId()), now));
    }

    private PairingCode startPairing(KioskDevice kiosk, String centreName) {
        var now = clock.instant();
        String code;
        do {
            code = String.format("%0" + CODE_DIGITS + "d", random.nextInt(100_000_000));
        } while (kiosks.findByPairingCodeHash(hash(code)).stream().anyMatch(k -> k.pairableAt(now)));
        var expires = now.plus(PAIRING_VALIDITY);
        kiosk.awaitPairing(hash(code), expires);
        kiosks.flush();
        return new PairingCode(kiosk.summary(centreName, now), code, expires);
    }

    private String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private KioskDevice managed(long kioskId) {
        var kiosk = kiosks.findById(kioskId).orElseThrow(() -> new NotFoundException("kiosk", kioskId));
        checkManages(currentUser.scope(), kiosk.centreId());
        return kiosk;
    }

    private static void checkManages(Scope scope, long centreId) {
        if (!scope.isAdmin() && !scope.managesCentre(centreId)) {
            throw new AccessDeniedException("kiosks of centre " + centreId + " are outside the caller's scope");
        }
    }

    private Map<Long, Place> centreNames(Set<Long> ids) {
        return centres.places(ids);
    }

    private static String name(Map<Long, Place> places, long centreId) {
        var place = places.get(centreId);
        return place == null ? "" : place.centreName();
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
