package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoomPhotos extends JpaRepository<RoomPhoto, Long> {

    @Query("select p.roomId from RoomPhoto p where p.roomId in :roomIds")
    List<Long> roomsWithPhoto(Collection<Long> roomIds);
}
