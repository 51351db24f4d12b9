package org.servicecentre.centre;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the rooms of many centres at once and writes imported rooms in JDBC batches: Hibernate cannot batch
 * inserts of IDENTITY ids, and a city's ten thousand rooms must not cost ten thousand round trips.
 */
final class RoomWriter {

    private final NamedParameterJdbcTemplate jdbc;

    RoomWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Existing(long id, RoomImport.Values values) {
    }

    /** The rooms of these centres by "CENTRE/ROOM" code, with their amenity codes. */
    Map<String, Existing> load(Collection<Long> centreIds) {
        var byId = new HashMap<Long, Object[]>();
        var amenities = new HashMap<Long, TreeSet<String>>();
        for (var chunk : ImportFormat.chunks(new HashSet<>(centreIds))) {
            var ids = Map.of("ids", chunk);
            jdbc.query("""
                    select r.id, c.code, r.code, r.name, r.capacity, r.area_m2, r.floor, r.needs_approval,
                           r.setup_minutes, r.cleanup_minutes, r.bookable, r.active, r.description
                    from room r join centre c on c.id = r.centre_id where r.centre_id in (:ids)""", ids, rs -> {
                BigDecimal area = rs.getBigDecimal(6);
                byId.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        area == null ? null : area.setScale(1, RoundingMode.HALF_UP), rs.getString(7), rs.getBoolean(8),
                        rs.getInt(9), rs.getInt(10), rs.getBoolean(11), rs.getBoolean(12), rs.getString(13)});
            });
            jdbc.query("""
                    select ra.room_id, a.code from room_amenity ra join amenity a on a.id = ra.amenity_id
                    join room r on r.id = ra.room_id where r.centre_id in (:ids)""", ids, rs -> {
                amenities.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
            });
        }
        var rooms = new HashMap<String, Existing>();
        byId.forEach((id, v) -> {
            var values = new RoomImport.Values((String) v[0], (String) v[1], (String) v[2], (Integer) v[3],
                    (BigDecimal) v[4], (String) v[5], (Boolean) v[6], (Integer) v[7], (Integer) v[8], (Boolean) v[9],
                    (Boolean) v[10], amenities.getOrDefault(id, new TreeSet<>()), (String) v[11]);
            rooms.put(values.key(), new Existing(id, values));
        });
        return rooms;
    }

    void write(List<RoomImport.Values> fresh, List<RoomImport.Values> changed, Map<String, Existing> existing,
               Map<String, Long> centres, Map<String, Long> amenityIds) {
        jdbc.batchUpdate("""
                insert into room (centre_id, code, name, capacity, area_m2, floor, needs_approval, setup_minutes,
                    cleanup_minutes, bookable, active, door_token, description, version)
                values (:centreId, :code, :name, :capacity, :area, :floor, :approval, :setup, :cleanup, :bookable,
                    :active, :doorToken, :description, 0)""", fresh.stream()
                .map(room -> parameters(room).addValue("centreId", centres.get(room.centreCode()))
                        .addValue("doorToken", Room.newDoorToken()))
                .toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                update room set name = :name, capacity = :capacity, area_m2 = :area, floor = :floor,
                    needs_approval = :approval, setup_minutes = :setup, cleanup_minutes = :cleanup,
                    bookable = :bookable, active = :active, description = :description, version = version + 1
                where id = :id""", changed.stream()
                .map(room -> parameters(room).addValue("id", existing.get(room.key()).id()))
                .toArray(MapSqlParameterSource[]::new));
        var replaced = changed.stream()
                .filter(room -> !existing.get(room.key()).values().amenities().equals(room.amenities()))
                .toList();
        jdbc.batchUpdate("delete from room_amenity where room_id = :id", replaced.stream()
                .map(room -> new MapSqlParameterSource("id", existing.get(room.key()).id()))
                .toArray(MapSqlParameterSource[]::new));
        var ids = new HashMap<String, Long>();
        replaced.forEach(room -> ids.put(room.key(), existing.get(room.key()).id()));
        var withAmenities = fresh.stream().filter(room -> !room.amenities().isEmpty()).toList();
        if (!withAmenities.isEmpty()) {
            var centreIds = withAmenities.stream().map(room -> centres.get(room.centreCode())).toList();
            for (var chunk : ImportFormat.chunks(new HashSet<>(centreIds))) {
                jdbc.query("""
                        select r.id, c.code, r.code from room r join centre c on c.id = r.centre_id
                        where r.centre_id in (:ids)""", Map.of("ids", chunk), rs -> {
                    ids.putIfAbsent(rs.getString(2) + "/" + rs.getString(3), rs.getLong(1));
                });
            }
        }
        var links = new ArrayList<MapSqlParameterSource>();
        for (var room : withAmenities.isEmpty() ? replaced : concat(replaced, withAmenities)) {
            for (var amenity : room.amenities()) {
                links.add(new MapSqlParameterSource("room", ids.get(room.key()))
                        .addValue("amenity", amenityIds.get(amenity)));
            }
        }
        jdbc.batchUpdate("insert into room_amenity (room_id, amenity_id) values (:room, :amenity)",
                links.toArray(MapSqlParameterSource[]::new));
    }

    private static List<RoomImport.Values> concat(List<RoomImport.Values> a, List<RoomImport.Values> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static MapSqlParameterSource parameters(RoomImport.Values room) {
        return new MapSqlParameterSource("code", room.code()).addValue("name", room.name())
                .addValue("capacity", room.capacity()).addValue("area", room.area()).addValue("floor", room.floor())
                .addValue("approval", room.needsApproval()).addValue("setup", room.setup())
                .addValue("cleanup", room.cleanup()).addValue("bookable", room.bookable())
                .addValue("active", room.active()).addValue("description", room.description());
    }
}
