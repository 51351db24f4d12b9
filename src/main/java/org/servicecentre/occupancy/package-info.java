/**
 * How rooms are really used: releasing rooms nobody came to (no-show), proposals that tie programmes to rooms (an
 * empty session's room, a larger room for an overflowing programme, the rest of a series nobody attends), and the
 * weekly digests for managers and organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Occupancy")
package org.servicecentre.occupancy;
