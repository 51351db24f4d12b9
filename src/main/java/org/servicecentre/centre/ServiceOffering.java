package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A catalogue item a centre offers in one weekly slot (e.g. legal clinic, Tuesdays 14:00–17:00), and who delivers it. */
@Entity
@Table(name = "service_offering")
class ServiceOffering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** ISO day of week, 1 = Monday. */
    @Column(nullable = false)
    private int weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(length = 200)
    private String note;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceOffering() {
    }

    ServiceOffering(long centreId) {
        this.centreId = centreId;
    }

    void schedule(OfferingDraft draft) {
        this.itemId = draft.getItemId();
        this.organisationId = draft.getOrganisationId();
        this.weekday = draft.getWeekday().getValue();
        this.startTime = draft.getStart();
        this.endTime = draft.getEnd();
        this.note = draft.getNote() == null || draft.getNote().isBlank() ? null : draft.getNote();
        this.active = draft.isActive();
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    long itemId() {
        return itemId;
    }

    long organisationId() {
        return organisationId;
    }

    DayOfWeek weekday() {
        return DayOfWeek.of(weekday);
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    String note() {
        return note;
    }

    boolean active() {
        return active;
    }
}
