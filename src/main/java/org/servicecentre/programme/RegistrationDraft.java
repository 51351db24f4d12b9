package org.servicecentre.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Staff registering a resident: for a session ({@code sessionId}) or, when the programme registers for the whole
 * programme, without one; an existing resident ({@code residentId}) or a new one described by {@code newResident}.
 */
public record RegistrationDraft(@NotNull Long programmeId, Long sessionId, Long residentId,
                                @Valid ResidentDraft newResident) {
}
