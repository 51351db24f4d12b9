package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreSummary;

/** A centre as the API shows it. */
record CentreResponse(long id, String code, String name, CentreLevel level, long regionId, String regionName,
                      String address, String phone, @Schema(type = "string", example = "Asia/Shanghai") ZoneId timeZone,
                      boolean active) {

    static CentreResponse of(CentreSummary centre) {
        return new CentreResponse(centre.id(), centre.code(), centre.name(), centre.level(), centre.regionId(),
                centre.regionName(), centre.address(), centre.phone(), centre.timeZone(), centre.active());
    }
}
