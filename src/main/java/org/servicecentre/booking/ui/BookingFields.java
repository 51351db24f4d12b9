package org.servicecentre.booking.ui;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationSummary;

/**
 * What the booking dialog edits: a day and wall-clock times in the centre's zone rather than instants, so the form
 * can check each part; {@link #draft} turns it into the service's {@link BookingDraft}. Public only because the
 * Binder reads its properties by reflection.
 */
public class BookingFields {

    @NotNull
    private RoomSummary room;
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime start;
    @NotNull
    private LocalTime end;
    @NotBlank
    @Size(max = 200)
    private String purpose;
    @NotNull
    @Min(1)
    private Integer attendance;
    private OrganisationSummary organisation;

    BookingDraft draft(ZoneId zone, Long organisationId) {
        return new BookingDraft(room.id(), date.atTime(start).atZone(zone).toInstant(),
                date.atTime(end).atZone(zone).toInstant(), purpose, organisationId, attendance, null);
    }

    public RoomSummary getRoom() {
        return room;
    }

    public void setRoom(RoomSummary room) {
        this.room = room;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }
}
