package org.servicecentre.centre.web;

import java.util.List;
import org.servicecentre.centre.AllianceMember;
import org.servicecentre.centre.AllianceSummary;

/** An alliance as the API shows it, with its member centres. */
record AllianceResponse(long id, String code, String name, String description, boolean active, int memberCount,
                        List<Member> members) {

    record Member(long id, String code, String name, boolean active) {

        static Member of(AllianceMember member) {
            return new Member(member.centreId(), member.code(), member.name(), member.active());
        }
    }

    static AllianceResponse of(AllianceSummary alliance) {
        return new AllianceResponse(alliance.id(), alliance.code(), alliance.name(), alliance.description(),
                alliance.active(), alliance.memberCount(), alliance.members().stream().map(Member::of).toList());
    }
}
