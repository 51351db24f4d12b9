package org.servicecentre.occupancy;

import org.servicecentre.centre.CentreZoneChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Both daily rollups count by a centre's local dates; when its zone changes every settled date may be wrong, so the
 * centre starts over: its rows and settlement are dropped in the changing transaction, the figures are read raw until
 * the next rollup run settles its whole history again in the new zone.
 */
@Component
class RollupZoneReset {

    private static final String[] PEOPLE = {"people_day", "people_day_group", "people_day_walk_in",
        "people_day_resident", "people_dirty", "people_settled"};
    private static final String[] USAGE = {"room_day_usage", "centre_day_usage", "usage_settled"};

    private final JdbcTemplate jdbc;

    RollupZoneReset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CentreZoneChanged event) {
        jdbc.update("delete from usage_dirty where room_id in (select id from room where centre_id = ?)",
                event.centreId());
        for (var table : USAGE) {
            jdbc.update("delete from " + table + " where centre_id = ?", event.centreId());
        }
        for (var table : PEOPLE) {
            jdbc.update("delete from " + table + " where centre_id = ?", event.centreId());
        }
    }
}
