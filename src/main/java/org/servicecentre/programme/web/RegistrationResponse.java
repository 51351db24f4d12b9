package org.servicecentre.programme.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.servicecentre.programme.RegistrationSource;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.RegistrationSummary;

/**
 * A registration as staff see it; the resident's name and phone are masked unless the caller is staff of the
 * programme's organisation (then the answer is logged). {@code ticketUrl} is only in the answer that made it.
 */
record RegistrationResponse(long id, long programmeId, String programmeTitle,
                            @Schema(description = "Absent for whole-programme registration") Long sessionId,
                            Instant sessionStart, long residentId,
                            @Schema(description = "Masked when masked is true") String residentName,
                            @Schema(description = "Masked when masked is true") String residentPhone,
                            boolean masked, RegistrationStatus status, RegistrationSource source,
                            @Schema(description = "WAITLISTED: 1 moves up next") Integer waitlistPosition,
                            Instant createdAt, Instant cancelledAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(description = "The resident's ticket page (QR code, cancel); only in the answer "
                                    + "that created the registration: hand it to the resident")
                            String ticketUrl) {

    static RegistrationResponse of(RegistrationSummary r, String ticketUrl) {
        return new RegistrationResponse(r.id(), r.programmeId(), r.programmeTitle(), r.sessionId(), r.sessionStart(),
                r.residentId(), r.residentName(), r.residentPhone(), !r.unmasked(), r.status(), r.source(),
                r.waitlistPosition(), r.createdAt(), r.cancelledAt(), ticketUrl);
    }

    static RegistrationResponse of(RegistrationSummary r) {
        return of(r, null);
    }
}
