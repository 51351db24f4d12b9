package org.servicecentre.centre;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

    Optional<Room> findByCentreIdAndCodeIgnoreCase(long centreId, String code);

    Optional<Room> findByDoorToken(String doorToken);

    List<Room> findByCentreIdOrderByCode(long centreId);
}
