package org.servicecentre.occupancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Proposals extends JpaRepository<UsageProposal, Long> {

    Optional<UsageProposal> findBySubjectAndKind(String subject, ProposalKind kind);

    String VISIBLE = """
            from UsageProposal p where p.state = :state and (:kind is null or p.kind = :kind)
              and (:text = '' or lower(p.title) like concat('%', :text, '%'))
              and (:allCentres = true or p.centreId in :centreIds or p.organisationId = :organisationId)""";

    @Query("select p " + VISIBLE + " order by p.start, p.id")
    List<UsageProposal> visible(ProposalState state, ProposalKind kind, String text, boolean allCentres, Collection<Long> centreIds,
                                long organisationId, Pageable page);

    @Query("select count(p) " + VISIBLE)
    long countVisible(ProposalState state, ProposalKind kind, String text, boolean allCentres, Collection<Long> centreIds, long organisationId);

    List<UsageProposal> findByCentreIdAndStateOrderByStartAscIdAsc(long centreId, ProposalState state);

    List<UsageProposal> findByOrganisationIdAndStateOrderByStartAscIdAsc(long organisationId, ProposalState state);

    /** Open proposals whose subject has passed. */
    @Modifying
    @Query("""
            update UsageProposal p set p.state = org.servicecentre.occupancy.ProposalState.EXPIRED,
              p.decidedAt = :now, p.decidedBy = 'system', p.version = p.version + 1
            where p.state = org.servicecentre.occupancy.ProposalState.OPEN and p.expiresAt <= :now""")
    int expireDue(Instant now);
}
