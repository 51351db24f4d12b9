package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.servicecentre.programme.ConsentRecord;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.programme.TargetGroup;

/**
 * A resident as the caller may see them: {@code name} and {@code phone} are masked (张*, 138****1234) unless the
 * caller is staff of an organisation the resident registered with; every unmasked answer is logged.
 */
record ResidentResponse(long id,
                        @Schema(description = "Display name, masked when masked is true") String name,
                        @Schema(description = "Phone number, masked when masked is true") String phone,
                        @Schema(description = "Whether name and phone are masked") boolean masked,
                        boolean hasName, boolean hasPhone, Set<TargetGroup> targetGroups, Instant createdAt,
                        List<ConsentRecord> consents,
                        @Schema(description = "The valid personal QR card, if any") Long cardId,
                        boolean mayEdit) {

    static ResidentResponse of(ResidentSummary r) {
        return new ResidentResponse(r.id(), r.name(), r.phone(), !r.unmasked(), r.hasName(), r.hasPhone(),
                r.targetGroups(), r.createdAt(), r.consents(), r.cardId(), r.mayEdit());
    }
}
