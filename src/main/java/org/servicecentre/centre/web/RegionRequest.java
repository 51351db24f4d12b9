package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;

/** A region as a client creates or renames it; code, level and parent are fixed once created. */
record RegionRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "SZ-NS-YH-KJY") String code,
        @NotBlank @Size(max = 100) @Schema(example = "科技园社区") String name,
        @NotNull RegionLevel level,
        @Schema(description = "The region above; required except for a city") Long parentId) {

    RegionDraft toDraft() {
        var draft = new RegionDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(level);
        draft.setParentId(parentId);
        return draft;
    }
}
