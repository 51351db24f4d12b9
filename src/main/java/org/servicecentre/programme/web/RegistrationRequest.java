package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.servicecentre.programme.RegistrationDraft;

/**
 * Staff registering a resident: for a session, or for the whole programme when it registers that way (no
 * sessionId); an existing resident ({@code residentId}) or a new one ({@code newResident}); neither makes an
 * anonymous resident.
 */
record RegistrationRequest(@NotNull @Schema(example = "7") Long programmeId,
                           @Schema(description = "Leave out for whole-programme registration", example = "31")
                           Long sessionId,
                           @Schema(description = "An existing resident (see GET /api/v1/residents?phone=)")
                           Long residentId,
                           @Valid @Schema(description = "A new resident, when residentId is left out")
                           ResidentRequest newResident) {

    RegistrationDraft toDraft() {
        return new RegistrationDraft(programmeId, sessionId, residentId,
                residentId != null || newResident == null ? null : newResident.toDraft());
    }
}
