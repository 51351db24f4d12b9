package org.servicecentre.centre.web;

import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionSummary;

/** A region as the API shows it. */
record RegionResponse(long id, String code, String name, RegionLevel level, Long parentId, String parentName) {

    static RegionResponse of(RegionSummary region) {
        return new RegionResponse(region.id(), region.code(), region.name(), region.level(), region.parentId(),
                region.parentName());
    }
}
