package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.servicecentre.centre.AllianceDraft;

/** An alliance as a client creates or edits it; the code is fixed once created; active=false archives it. */
record AllianceRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "YH-NT") String code,
        @NotBlank @Size(max = 100) @Schema(example = "粤海·南头党建联盟") String name,
        @Size(max = 1000) String description,
        @NotEmpty @Schema(description = "Ids of the member centres") Set<Long> centreIds,
        @Schema(defaultValue = "true", description = "false archives the alliance: it then grants no booking rights")
        Boolean active) {

    AllianceDraft toDraft() {
        var draft = new AllianceDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setDescription(description);
        draft.setCentreIds(centreIds);
        draft.setActive(active == null || active);
        return draft;
    }
}
