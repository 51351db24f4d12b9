package org.servicecentre.occupancy;

/** Where a proposal stands: open until accepted or dismissed, or expired when its subject has passed. */
public enum ProposalState {
    OPEN, ACCEPTED, DISMISSED, EXPIRED
}
