package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.TargetGroup;

/**
 * What a resident chose to tell, every part optional; a name, phone or target groups are kept only with
 * {@code consent}: the resident agreed to the privacy notice. The service checks the fields (e.g. the phone's digits).
 */
record ResidentRequest(@Size(max = 60) @Schema(description = "Display name", example = "李阿姨") String name,
                       @Schema(description = "5 to 15 digits; spaces, dashes and +86 are dropped",
                               example = "13812341234") String phone,
                       Set<TargetGroup> targetGroups,
                       @Schema(description = "The resident agreed that we keep what is given") Boolean consent) {

    ResidentDraft toDraft() {
        return new ResidentDraft(name, phone, targetGroups, Boolean.TRUE.equals(consent));
    }
}
