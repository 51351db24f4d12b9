package org.servicecentre.programme;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a resident chose to tell: every part optional. A name, a phone number or target groups are kept only when
 * {@code consent} records that the resident agreed (to the privacy notice, in person or on the public page).
 * Phone numbers are kept as digits only: spaces, dashes and a leading +86 are dropped.
 */
public record ResidentDraft(@Size(max = 60) String displayName,
                            @Pattern(regexp = "[0-9]{5,15}") String phone,
                            Set<TargetGroup> targetGroups, boolean consent) {

    public ResidentDraft {
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        phone = normalisePhone(phone);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    public static ResidentDraft anonymous() {
        return new ResidentDraft(null, null, Set.of(), false);
    }

    /** Whether anything personal is in it, which needs the resident's consent. */
    public boolean personal() {
        return displayName != null || phone != null || !targetGroups.isEmpty();
    }

    static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        var digits = phone.strip().replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits;
    }
}
