package org.servicecentre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of the access log as it is read back; rows are written in batches by {@link PersonalDataAudit}. */
@Entity
@Immutable
@Table(name = "personal_data_access")
class PersonalDataAccess {

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonalDataAction action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 200)
    private String context;

    protected PersonalDataAccess() {
    }

    PersonalDataAccessEntry entry() {
        return new PersonalDataAccessEntry(id, at, userId, username, role, action, subjectType, subjectId, context);
    }
}
