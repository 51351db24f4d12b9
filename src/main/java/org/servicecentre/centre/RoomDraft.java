package org.servicecentre.centre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The editable fields of a room; whether it is archived is changed by archive and restore, not here. */
public class RoomDraft {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotNull
    @Min(1)
    @Max(2000)
    private Integer capacity;

    @DecimalMin("0")
    @DecimalMax("100000")
    private BigDecimal areaSquareMetres;

    @Size(max = 16)
    private String floor = "";

    @Size(max = 500)
    private String description = "";

    private boolean needsApproval;

    @Min(0)
    @Max(240)
    private int setupMinutes;

    @Min(0)
    @Max(240)
    private int cleanupMinutes;

    private boolean bookable = true;

    @NotNull
    private Set<Long> amenityIds = new HashSet<>();

    public static RoomDraft of(RoomSummary room) {
        var draft = new RoomDraft();
        draft.code = room.code();
        draft.name = room.name();
        draft.capacity = room.capacity();
        draft.areaSquareMetres = room.areaSquareMetres();
        draft.floor = room.floor() == null ? "" : room.floor();
        draft.description = room.description() == null ? "" : room.description();
        draft.needsApproval = room.needsApproval();
        draft.setupMinutes = room.setupMinutes();
        draft.cleanupMinutes = room.cleanupMinutes();
        draft.bookable = room.bookable();
        draft.amenityIds = new HashSet<>(room.amenities().stream().map(AmenitySummary::id).toList());
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public BigDecimal getAreaSquareMetres() { return areaSquareMetres; }
    public void setAreaSquareMetres(BigDecimal area) { this.areaSquareMetres = area; }
    public String getFloor() { return floor; }
    public void setFloor(String floor) { this.floor = floor == null ? "" : floor.trim(); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description.trim(); }
    public boolean isNeedsApproval() { return needsApproval; }
    public void setNeedsApproval(boolean needsApproval) { this.needsApproval = needsApproval; }
    public int getSetupMinutes() { return setupMinutes; }
    public void setSetupMinutes(int setupMinutes) { this.setupMinutes = setupMinutes; }
    public int getCleanupMinutes() { return cleanupMinutes; }
    public void setCleanupMinutes(int cleanupMinutes) { this.cleanupMinutes = cleanupMinutes; }
    public boolean isBookable() { return bookable; }
    public void setBookable(boolean bookable) { this.bookable = bookable; }
    public Set<Long> getAmenityIds() { return amenityIds; }
    public void setAmenityIds(Set<Long> ids) { this.amenityIds = ids == null ? new HashSet<>() : new HashSet<>(ids); }
}
