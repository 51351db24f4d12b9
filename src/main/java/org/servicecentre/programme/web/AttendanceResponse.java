package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.servicecentre.programme.AttendanceRow;
import org.servicecentre.programme.AttendanceSheet;
import org.servicecentre.programme.RegistrationSource;
import org.servicecentre.programme.RegistrationStatus;

/** A session's attendance list: registered first, then the waitlist in order, then those who came unregistered. */
record AttendanceResponse(SessionResponse session, List<Row> rows,
                          @Schema(description = "Whether the caller may tick attendance") boolean mayMark) {

    static AttendanceResponse of(AttendanceSheet sheet) {
        return new AttendanceResponse(SessionResponse.of(sheet.session()), sheet.rows().stream().map(Row::of).toList(),
                sheet.mayMark());
    }

    /** One resident on the list; name and phone masked unless the caller is staff of the organisation. */
    record Row(@Schema(description = "Absent for someone who came without registering") Long registrationId,
               long residentId, String residentName, String residentPhone, boolean masked,
               RegistrationStatus status, Integer waitlistPosition, RegistrationSource source,
               boolean attended, Instant attendedAt) {

        static Row of(AttendanceRow r) {
            return new Row(r.registrationId(), r.residentId(), r.residentName(), r.residentPhone(), !r.unmasked(),
                    r.status(), r.waitlistPosition(), r.source(), r.attended(), r.attendedAt());
        }
    }
}
