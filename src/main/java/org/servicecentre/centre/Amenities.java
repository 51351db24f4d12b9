package org.servicecentre.centre;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Amenities extends JpaRepository<Amenity, Long> {

    Optional<Amenity> findByCodeIgnoreCase(String code);

    List<Amenity> findAllByOrderBySortOrderAscCodeAsc();
}
