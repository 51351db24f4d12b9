package org.servicecentre.occupancy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.servicecentre.shared.Term;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The manager's digest lists the room proposals still open in their centres, each linking to its page. */
@Component
@Order(10)
class DigestProposalsSection implements ManagerDigestSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final UsageProposals proposals;

    DigestProposalsSection(UsageProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<DigestSection> forManager(long accountId, Set<Long> centreIds, DigestWeek week) {
        var lines = new ArrayList<DigestSection.Line>();
        for (long centreId : centreIds.stream().sorted().toList()) {
            for (ProposalSummary proposal : proposals.openForCentre(centreId)) {
                String place = proposal.roomName() == null ? proposal.centreName()
                        : proposal.centreName() + " " + proposal.roomName();
                String when = proposal.start() == null ? "" : WHEN.format(proposal.start().atZone(proposal.zone()));
                lines.add(DigestSection.Line.of("digest.proposals.line", "/proposals/" + proposal.id(),
                        new Term("proposals.kind." + proposal.kind().name().toLowerCase(Locale.ROOT)),
                        proposal.title(), place, when));
            }
        }
        return Optional.of(new DigestSection("digest.proposals.title", "digest.proposals.none", lines));
    }
}
