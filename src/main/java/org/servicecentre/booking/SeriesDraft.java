package org.servicecentre.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a recurring booking asks for: the room, the first occurrence [firstStart, firstEnd), the RFC 5545 rule that
 * repeats it and the zone it repeats in (null: the centre's). As with a single booking, NGO staff may leave
 * {@code organisationId} out (their own organisation); managers and admins book on behalf of one.
 */
public class SeriesDraft {

    @NotNull
    private Long roomId;

    @NotNull
    private Instant firstStart;

    @NotNull
    private Instant firstEnd;

    @NotBlank
    @Size(max = 500)
    private String rrule = "";

    private ZoneId zone;

    @NotBlank
    @Size(max = 200)
    private String purpose = "";

    @Min(1)
    @Max(10_000)
    private int expectedAttendance = 1;

    private Long organisationId;

    private Long programmeId;

    public static SeriesDraft of(long roomId, Instant firstStart, Instant firstEnd, String rrule, String purpose,
                                 int expectedAttendance, Long organisationId) {
        var draft = new SeriesDraft();
        draft.setRoomId(roomId);
        draft.setFirstStart(firstStart);
        draft.setFirstEnd(firstEnd);
        draft.setRrule(rrule);
        draft.setPurpose(purpose);
        draft.setExpectedAttendance(expectedAttendance);
        draft.setOrganisationId(organisationId);
        return draft;
    }

    /** The single booking of one occurrence [start, end). */
    BookingDraft occurrence(long organisation, Instant start, Instant end) {
        return new BookingDraft(roomId, start, end, purpose, organisation, expectedAttendance, programmeId);
    }

    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public Instant getFirstStart() { return firstStart; }
    public void setFirstStart(Instant firstStart) { this.firstStart = firstStart; }
    public Instant getFirstEnd() { return firstEnd; }
    public void setFirstEnd(Instant firstEnd) { this.firstEnd = firstEnd; }
    public String getRrule() { return rrule; }
    public void setRrule(String rrule) { this.rrule = rrule == null ? "" : rrule.strip(); }
    public ZoneId getZone() { return zone; }
    public void setZone(ZoneId zone) { this.zone = zone; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose == null ? "" : purpose.strip(); }
    public int getExpectedAttendance() { return expectedAttendance; }
    public void setExpectedAttendance(int expectedAttendance) { this.expectedAttendance = expectedAttendance; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }

    /** Reads a zone as the API and forms give it; refuses an unknown one with {@code SERIES_ZONE_INVALID}. */
    public static java.time.ZoneId zoneOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.ZoneId.of(text.strip());
        } catch (java.time.DateTimeException e) {
            throw new org.servicecentre.shared.DomainException("SERIES_ZONE_INVALID", text);
        }
    }
}
