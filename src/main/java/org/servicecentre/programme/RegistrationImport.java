package org.servicecentre.programme;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a list of participants from a CSV file ({@code name,phone,target_groups,consent}) for a session, or for
 * the whole programme when it registers that way. Every row is checked first; one bad row and nothing is imported.
 * A phone number that belongs to a known resident registers that resident instead of entering a duplicate.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
public class RegistrationImport {

    private final RegistrationService registrationService;
    private final ProgrammeSessions sessions;
    private final Programmes programmes;
    private final Registrations registrations;
    private final Residents residents;
    private final ProgrammeAccess access;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;

    RegistrationImport(RegistrationService registrationService, ProgrammeSessions sessions, Programmes programmes,
                       Registrations registrations, Residents residents, ProgrammeAccess access,
                       CurrentUser currentUser, TranslationProvider translations) {
        this.registrationService = registrationService;
        this.sessions = sessions;
        this.programmes = programmes;
        this.registrations = registrations;
        this.residents = residents;
        this.access = access;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** The most rows a file may hold. */
    public int maxRows() {
        return ParticipantRows.MAX_ROWS;
    }

    /** An example file to fill in: the header and two rows, UTF-8 with a byte order mark so Excel reads it. */
    public byte[] template() {
        var text = "\uFEFF" + String.join(",", ParticipantRows.COLUMNS) + "\r\n"
                + "张三,13800138000,老年人;妇女,是\r\n"
                + "李四,,MIGRANT_WORKERS,yes\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the whole file, then registers every row in one transaction, or nothing and says why. */
    @Transactional
    public ParticipantImportResult importFor(long sessionId, byte[] file) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        var programme = programmes.findById(session.programmeId())
                .orElseThrow(() -> new NotFoundException("programme", session.programmeId()));
        access.checkMayEdit(currentUser.scope(), programme);
        var read = ParticipantRows.read(file, translations);
        if (!read.problems().isEmpty()) {
            return ParticipantImportResult.refused(read.problems());
        }
        Long target = programme.mode() == RegistrationMode.WHOLE_PROGRAMME ? null : sessionId;
        int registered = 0;
        int waitlisted = 0;
        int already = 0;
        for (var row : read.rows()) {
            var known = row.draft().phone() == null ? null
                    : residents.findByPhoneAndMergedIntoIdIsNullOrderById(row.draft().phone()).stream().findFirst()
                    .map(Resident::id).orElse(null);
            if (known != null && registrations.holds(programme.id(), target, known)) {
                already++;
                continue;
            }
            var draft = known != null ? new RegistrationDraft(programme.id(), target, known, null)
                    : new RegistrationDraft(programme.id(), target, null, row.draft());
            var summary = registrationService.register(draft, RegistrationSource.IMPORT);
            if (summary.status() == RegistrationStatus.WAITLISTED) {
                waitlisted++;
            } else {
                registered++;
            }
        }
        return new ParticipantImportResult(List.of(), registered, waitlisted, already);
    }
}
