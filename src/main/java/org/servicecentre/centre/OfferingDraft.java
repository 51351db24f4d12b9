package org.servicecentre.centre;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly slot in which a centre offers a catalogue item, and the organisation that delivers it. */
public class OfferingDraft {

    @NotNull
    private Long itemId;

    @NotNull
    private Long organisationId;

    @NotNull
    private DayOfWeek weekday = DayOfWeek.MONDAY;

    @NotNull
    private LocalTime start = LocalTime.of(9, 0);

    @NotNull
    private LocalTime end = LocalTime.of(11, 0);

    @Size(max = 200)
    private String note = "";

    private boolean active = true;

    public OfferingDraft() {
    }

    public OfferingDraft(long itemId, long organisationId, DayOfWeek weekday, LocalTime start, LocalTime end) {
        this.itemId = itemId;
        this.organisationId = organisationId;
        this.weekday = weekday;
        this.start = start;
        this.end = end;
    }

    public static OfferingDraft of(OfferingSummary offering) {
        var draft = new OfferingDraft(offering.item().id(), offering.organisationId(), offering.weekday(),
                offering.start(), offering.end());
        draft.setNote(offering.note());
        draft.active = offering.active();
        return draft;
    }

    /** The slot must end after it starts, on the same day. */
    @AssertTrue(message = "{offerings.end-after-start}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public DayOfWeek getWeekday() { return weekday; }
    public void setWeekday(DayOfWeek weekday) { this.weekday = weekday; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? "" : note.trim(); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
