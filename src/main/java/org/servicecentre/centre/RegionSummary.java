package org.servicecentre.centre;

/** A region as other modules and screens see it. */
public record RegionSummary(long id, String code, String name, RegionLevel level, Long parentId, String parentName,
                            String path) {
}
