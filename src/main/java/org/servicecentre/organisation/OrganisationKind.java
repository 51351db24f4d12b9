package org.servicecentre.organisation;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    NGO, VOLUNTEER_TEAM, PARTY_BRANCH, RESIDENTS_COMMITTEE, GOVERNMENT_DEPARTMENT
}
