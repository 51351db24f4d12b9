package org.servicecentre.organisation;

/** An organisation as other modules and screens see it. */
public record OrganisationSummary(long id, String code, String name, OrganisationKind kind, long regionId,
                                  String regionName, String address, String phone, String description,
                                  boolean active) {
}
