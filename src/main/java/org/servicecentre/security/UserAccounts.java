package org.servicecentre.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select a from UserAccount a
            where (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
              and (:role is null or a.role = :role)
            """)
    List<UserAccount> search(String text, Role role, Pageable page);

    @Query("""
            select count(a) from UserAccount a
            where (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
              and (:role is null or a.role = :role)
            """)
    long countMatching(String text, Role role);

    @Query("select a from UserAccount a join a.centreIds c where c = :centreId and a.role = org.servicecentre.security.Role.CENTRE_MANAGER and a.enabled = true order by a.displayName")
    List<UserAccount> managersOf(long centreId);

    @Query("select a from UserAccount a where a.organisationId = :organisationId and a.role = org.servicecentre.security.Role.NGO_STAFF and a.enabled = true order by a.displayName")
    List<UserAccount> staffOf(long organisationId);

    List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);
}
