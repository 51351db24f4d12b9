package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A resident as a screen may show them: {@code name} and {@code phone} are masked (张*, 138****1234) unless
 * {@code unmasked}, which only staff of an organisation the resident registered with get (and which is logged).
 * {@code hasName}/{@code hasPhone} say whether anything is kept at all; {@code cardId} is the valid personal card.
 */
public record ResidentSummary(long id, String name, String phone, boolean unmasked, boolean hasName,
                              boolean hasPhone, Set<TargetGroup> targetGroups, Instant createdAt,
                              List<ConsentRecord> consents, Long cardId, boolean mayEdit) {

    public ResidentSummary {
        targetGroups = Set.copyOf(targetGroups);
        consents = List.copyOf(consents);
    }

    /** What to call the resident on a screen: the (masked) name, or "居民 #12". */
    public String label(java.util.function.Function<Long, String> anonymousLabel) {
        return name != null ? name : anonymousLabel.apply(id);
    }
}
