package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;

/** A centre as a client creates or edits it; code, level and region are fixed once created. */
record CentreRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "KJY") String code,
        @NotBlank @Size(max = 100) @Schema(example = "科技园社区党群服务中心") String name,
        @NotNull CentreLevel level,
        @NotNull @Schema(description = "The region the centre serves; its level must match the centre's") Long regionId,
        @Size(max = 200) String address,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") @Schema(example = "0755-26551234") String phone,
        @Schema(type = "string", example = "Asia/Shanghai", defaultValue = "Asia/Shanghai") ZoneId timeZone,
        @Schema(defaultValue = "true") Boolean active) {

    CentreDraft toDraft() {
        var draft = new CentreDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(level);
        draft.setRegionId(regionId);
        draft.setAddress(address);
        draft.setPhone(phone);
        draft.setTimeZone(timeZone == null ? CentreDraft.DEFAULT_ZONE : timeZone);
        draft.setActive(active == null || active);
        return draft;
    }
}
