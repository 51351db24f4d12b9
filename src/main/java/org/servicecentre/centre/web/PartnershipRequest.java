package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicecentre.centre.PartnershipDraft;

/** A new partnership: an organisation and exactly one of centreId and allianceId. */
record PartnershipRequest(
        @NotNull Long organisationId,
        @Schema(description = "The centre the organisation may book in; give this or allianceId, not both") Long centreId,
        @Schema(description = "The alliance in whose active centres the organisation may book; admins only") Long allianceId,
        @Size(max = 300) @Schema(example = "政府购买社工服务项目") String note) {

    PartnershipDraft toDraft() {
        var draft = new PartnershipDraft();
        draft.setOrganisationId(organisationId);
        draft.setCentreId(centreId);
        draft.setAllianceId(allianceId);
        draft.setNote(note);
        return draft;
    }
}
