package org.servicecentre.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads the access log; it has no save or delete, because entries are only ever appended, in batches, by SQL. The
 * period is always given (PostgreSQL cannot type a null timestamp parameter in {@code :from is null}).
 */
interface PersonalDataAccesses extends Repository<PersonalDataAccess, Long> {

    String MATCHING = """
            from PersonalDataAccess a
            where (:username = '' or lower(a.username) like concat('%', :username, '%'))
              and (:subjectType = '' or a.subjectType = :subjectType)
              and (:subjectId is null or a.subjectId = :subjectId)
              and (:action is null or a.action = :action)
              and a.at >= :from and a.at < :to
            """;

    @Query("select a " + MATCHING + " order by a.at desc, a.id desc")
    List<PersonalDataAccess> search(String username, String subjectType, Long subjectId, PersonalDataAction action,
                                    Instant from, Instant to, Pageable page);

    @Query("select count(a) " + MATCHING)
    long countMatching(String username, String subjectType, Long subjectId, PersonalDataAction action,
                       Instant from, Instant to);
}
