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

/**
 * A pseudonymous person: nothing but an id unless they agreed to leave a name, a phone number or the groups they
 * belong to. A resident merged into another keeps only the pointer to it.
 */
@Entity
@Table(name = "resident")
class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", length = 60)
    private String displayName;

    @Column(length = 20)
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_target_group", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_group", length = 32)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_by_organisation_id")
    private Long createdByOrganisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    /** The language messages are written in ("zh-CN" or "en"). */
    @Column(nullable = false, length = 8)
    private String language = "zh-CN";

    /** The resident turned reminders off (they still get the essential messages). */
    @Column(name = "reminders_opt_out", nullable = false)
    private boolean remindersOptOut;

    @Version
    private long version;

    protected Resident() {
    }

    Resident(String createdBy, Long createdByOrganisationId, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdByOrganisationId = createdByOrganisationId;
        this.createdAt = createdAt;
    }

    void describe(String name, String phoneNumber, Set<TargetGroup> groups) {
        displayName = name;
        phone = phoneNumber;
        targetGroups = groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups);
    }

    /** Takes over what the duplicate knew and this one did not; the duplicate keeps nothing but the pointer. */
    void absorb(Resident duplicate) {
        if (displayName == null) {
            displayName = duplicate.displayName;
        }
        if (phone == null) {
            phone = duplicate.phone;
        }
        targetGroups.addAll(duplicate.targetGroups);
        duplicate.displayName = null;
        duplicate.phone = null;
        duplicate.targetGroups.clear();
        duplicate.mergedIntoId = id;
    }

    void speaks(String languageTag) {
        language = languageTag;
    }

    void remindersOff(boolean off) {
        remindersOptOut = off;
    }

    String language() {
        return language;
    }

    boolean remindersOptOut() {
        return remindersOptOut;
    }

    Long id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    String phone() {
        return phone;
    }

    Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    Long createdByOrganisationId() {
        return createdByOrganisationId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }
}
