package org.servicecentre.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;

/** An organisation as a client creates or edits it; the code is fixed once created. */
record OrganisationRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "QIHANG") String code,
        @NotBlank @Size(max = 120) @Schema(example = "南山区启航社会工作服务中心") String name,
        @NotNull OrganisationKind kind,
        @NotNull @Schema(description = "The region where the organisation is registered") Long regionId,
        @Size(max = 200) String address,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") String phone,
        @Size(max = 1000) String description,
        @Schema(defaultValue = "true") Boolean active) {

    OrganisationDraft toDraft() {
        var draft = new OrganisationDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setRegionId(regionId);
        draft.setAddress(address);
        draft.setPhone(phone);
        draft.setDescription(description);
        draft.setActive(active == null || active);
        return draft;
    }
}
