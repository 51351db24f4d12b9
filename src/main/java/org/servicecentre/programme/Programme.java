package org.servicecentre.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme an organisation runs for residents; its sessions and registrations refer to it. */
@Entity
@Table(name = "programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(length = 4000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_target_group", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_group", length = 32)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "funding_source", length = 200)
    private String fundingSource;

    @Column(name = "session_capacity")
    private Integer capacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "registration_mode", nullable = false, length = 20)
    private RegistrationMode mode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProgrammeVisibility visibility;

    @Column(name = "registration_opens_at")
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;

    @Column(name = "public_code", nullable = false, length = 16)
    private String publicCode;

    @Column(nullable = false)
    private boolean archived;

    /** Minutes before each session its registrants are reminded, e.g. "1440,120"; null: the defaults. */
    @Column(name = "reminder_offsets", length = 100)
    private String reminderOffsets;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {
    }

    Programme(long organisationId, String publicCode, String createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.publicCode = publicCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(ProgrammeDraft draft) {
        title = draft.title();
        description = draft.description();
        targetGroups = draft.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(draft.targetGroups());
        categoryId = draft.categoryId();
        fundingSource = draft.fundingSource();
        capacity = draft.capacity();
        mode = draft.mode();
        visibility = draft.visibility();
        registrationOpensAt = draft.registrationOpensAt();
        registrationClosesAt = draft.registrationClosesAt();
        reminderOffsets = ReminderOffsets.toColumn(draft.reminderOffsets());
    }

    void archive(boolean value) {
        archived = value;
    }

    /** Whether residents may sign themselves up at this instant (staff register at any time). */
    boolean registrationOpenAt(Instant at) {
        return mode.needsRegistration() && !archived
                && (registrationOpensAt == null || !at.isBefore(registrationOpensAt))
                && (registrationClosesAt == null || at.isBefore(registrationClosesAt));
    }

    Long id() {
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    Long categoryId() {
        return categoryId;
    }

    String fundingSource() {
        return fundingSource;
    }

    Integer capacity() {
        return capacity;
    }

    RegistrationMode mode() {
        return mode;
    }

    ProgrammeVisibility visibility() {
        return visibility;
    }

    Instant registrationOpensAt() {
        return registrationOpensAt;
    }

    Instant registrationClosesAt() {
        return registrationClosesAt;
    }

    String publicCode() {
        return publicCode;
    }

    /** The offsets chosen (empty: the defaults apply). */
    java.util.List<Integer> reminderOffsets() {
        return ReminderOffsets.fromColumn(reminderOffsets);
    }

    boolean archived() {
        return archived;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
