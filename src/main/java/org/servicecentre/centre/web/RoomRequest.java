package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.servicecentre.centre.RoomDraft;

/** A room as a client creates or edits it; {@code centreId} is needed to create and cannot change afterwards. */
record RoomRequest(
        @Schema(description = "The centre the room belongs to; required to create, ignored on update") Long centreId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "HALL") String code,
        @NotBlank @Size(max = 100) @Schema(example = "多功能厅") String name,
        @NotNull @Min(1) @Max(2000) @Schema(example = "80") Integer capacity,
        @DecimalMin("0") @DecimalMax("100000") @Schema(example = "160") BigDecimal areaSquareMetres,
        @Size(max = 16) @Schema(example = "1F") String floor,
        @Size(max = 500) String description,
        @Schema(defaultValue = "false") Boolean needsApproval,
        @Min(0) @Max(240) @Schema(defaultValue = "0", description = "Minutes kept free before each booking") Integer setupMinutes,
        @Min(0) @Max(240) @Schema(defaultValue = "0", description = "Minutes kept free after each booking") Integer cleanupMinutes,
        @Schema(defaultValue = "true") Boolean bookable,
        @Schema(description = "Ids from GET /api/v1/amenities") Set<Long> amenityIds) {

    RoomDraft toDraft() {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setCapacity(capacity);
        draft.setAreaSquareMetres(areaSquareMetres);
        draft.setFloor(floor);
        draft.setDescription(description);
        draft.setNeedsApproval(needsApproval != null && needsApproval);
        draft.setSetupMinutes(setupMinutes == null ? 0 : setupMinutes);
        draft.setCleanupMinutes(cleanupMinutes == null ? 0 : cleanupMinutes);
        draft.setBookable(bookable == null || bookable);
        draft.setAmenityIds(amenityIds);
        return draft;
    }
}
