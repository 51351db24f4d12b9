package org.servicecentre.centre;

import java.time.ZoneId;

/**
 * Where something happens, as residents and public pages may read it: a room (or none) in a centre, with the centre's
 * address and zone. Names and addresses of centres and rooms are public, so no scope applies to reading them.
 */
public record Place(long centreId, String centreName, String address, ZoneId zone, Long roomId, String roomName,
                    Integer roomCapacity) {
}
