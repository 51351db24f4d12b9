package org.servicecentre.occupancy;

/** What a usage proposal offers: cancel the rest of a series, release an empty session's room, move to a larger room. */
public enum ProposalKind {
    CANCEL_REST_OF_SERIES, RELEASE_EMPTY_SESSION, MOVE_TO_LARGER_ROOM
}
