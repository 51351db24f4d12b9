package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.Role;
import org.servicecentre.shared.Languages;

/** The calling account with its role and scope. */
record MeResponse(
        long id,
        String username,
        String displayName,
        Role role,
        @Schema(description = "The region a region officer reads (with everything below it)") Long regionId,
        @Schema(description = "The organisation an NGO staff member works for") Long organisationId,
        @Schema(description = "The centres a centre manager keeps") Set<Long> centreIds,
        @Schema(description = "Preferred language", example = "zh-CN", allowableValues = {"zh-CN", "en"})
        String language) {

    static MeResponse of(AccountSummary account) {
        return new MeResponse(account.id(), account.username(), account.displayName(), account.role(),
                account.regionId(), account.organisationId(), Set.copyOf(account.centreIds()),
                Languages.tagOf(account.language()));
    }
}
