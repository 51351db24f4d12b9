package org.servicecentre.centre;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An alliance as other modules and screens see it, with its member centres sorted by code. */
public record AllianceSummary(long id, String code, String name, String description, boolean active,
                              List<AllianceMember> members) {

    public AllianceSummary {
        members = List.copyOf(members);
    }

    public int memberCount() {
        return members.size();
    }

    public Set<Long> memberIds() {
        return members.stream().map(AllianceMember::centreId).collect(Collectors.toUnmodifiableSet());
    }
}
