package org.servicecentre.checkin;

import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.TicketSignatureCheck;
import org.servicecentre.programme.TicketVerifier;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the time of one scan goes, without a profiler: one kiosk at a time, in-process, the calls that the kiosk API
 * makes for a scan (the device filter's authentication, the controller's {@code me()}, then what
 * {@link CheckInService#scan} calls, in its order), each timed on its own; then the whole {@code scan} call. Every
 * scan is a real first check-in with a fresh ticket, so the rows are the same as the API's (nonces {@code diag-…}).
 */
final class KioskBreakdown {

    private final KioskService kiosks;
    private final CheckInService checkIns;
    private final CheckInWriter writer;
    private final TicketVerifier verifier;
    private final AttendanceDesk desk;
    private final CurrentUser currentUser;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    int scans;

    KioskBreakdown(KioskService kiosks, CheckInService checkIns, CheckInWriter writer, TicketVerifier verifier,
                   AttendanceDesk desk, CurrentUser currentUser) {
        this.kiosks = kiosks;
        this.checkIns = checkIns;
        this.writer = writer;
        this.verifier = verifier;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    /** Runs {@code count} scans piece by piece and {@code count} whole; answers one line per measurement. */
    List<String> run(KioskLoad load, List<KioskBenchCity.Kiosk> all, int count, Map<Integer, PublicKey> keys) {
        for (int round = 0; round < 2; round++) { // the first round warms up and is not kept
            nanos.clear();
            for (int i = 0; i < count; i++) {
                var kiosk = all.get(i % all.size());
                pieces(kiosk, load.next(kiosk.index()), keys);
                whole(kiosk, load.next(kiosk.index()));
            }
            scans += 2 * count;
        }
        var lines = new ArrayList<String>();
        double sum = 0;
        for (var entry : nanos.entrySet()) {
            double millis = entry.getValue() / 1e6 / count;
            if (entry.getKey().startsWith("(")) {
                lines.add(String.format(Locale.ROOT, "  %-48s %6.2f ms", entry.getKey(), millis));
                continue;
            }
            if (!entry.getKey().startsWith("whole")) {
                sum += millis;
            }
            lines.add(String.format(Locale.ROOT, "  %-48s %6.2f ms", entry.getKey(), millis));
        }
        lines.add(String.format(Locale.ROOT, "  %-48s %6.2f ms", "sum of the pieces", sum));
        return lines;
    }

    private void pieces(KioskBenchCity.Kiosk kiosk, KioskBenchCity.Ticket ticket, Map<Integer, PublicKey> keys) {
        try {
            var device = time("authenticate the device token (filter)", () -> kiosks.authenticate(kiosk.deviceToken()))
                    .orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    device, null, List.of(new SimpleGrantedAuthority(Role.KIOSK.authority()))));
            time("the kiosk from the security context (controller)", currentUser::device);
            time("CurrentUser.scope() (centre check)", currentUser::scope);
            String nonce = "diag-" + UUID.randomUUID();
            time("CheckInWriter.earlier (nonce seen?)", () -> writer.earlier(kiosk.id(), nonce));
            var at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            time("(of which: Ed25519 check alone, no database)", () -> TicketSignatureCheck.verifies(ticket.token(),
                    keys.get(TicketSignatureCheck.keyId(ticket.token()))));
            var stored = keys.get(TicketSignatureCheck.keyId(ticket.token())).getEncoded();
            time("(of which: decoding the stored key + Ed25519)", () -> TicketSignatureCheck.verifies(
                    ticket.token(), TicketSignatureCheck.publicKey(stored)));
            var check = time("TicketVerifier.verify", () -> verifier.verify(ticket.token(), kiosk.centreId(), at));
            var session = time("AttendanceDesk.session", () -> desk.session(check.session().sessionId()));
            time("AttendanceDesk.maskedName", () -> desk.maskedName(check.residentId()));
            var recorded = time("AttendanceDesk.attend (says whether it recorded the visit)", () -> desk.attend(
                    session.id(), check.residentId(), check.subjectId(), ScanMethod.SCANNER.name(), at));
            if (recorded.isEmpty()) {
                throw new IllegalStateException("a fresh ticket was already checked in");
            }
            var scan = new CheckIn(kiosk.centreId(), kiosk.id(), nonce, ScanMethod.SCANNER, at, Instant.now());
            scan.answer(KioskOutcome.CHECKED_IN, "REGISTRATION", check.subjectId(), null, check.residentId(),
                    session.id());
            time("CheckInWriter.save (insert check_in)", () -> writer.save(scan));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void whole(KioskBenchCity.Kiosk kiosk, KioskBenchCity.Ticket ticket) {
        try {
            var device = kiosks.authenticate(kiosk.deviceToken()).orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    device, null, List.of(new SimpleGrantedAuthority(Role.KIOSK.authority()))));
            var result = time("whole CheckInService.scan (for comparison)", () -> checkIns.scan(kiosk.centreId(),
                    kiosk.id(), ticket.token(), "diag-" + UUID.randomUUID(), null, ScanMethod.SCANNER));
            if (result.outcome() != KioskOutcome.CHECKED_IN) {
                throw new IllegalStateException("a fresh ticket was answered " + result.outcome());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> T time(String name, Supplier<T> call) {
        long before = System.nanoTime();
        var result = call.get();
        nanos.merge(name, System.nanoTime() - before, Long::sum);
        return result;
    }
}
