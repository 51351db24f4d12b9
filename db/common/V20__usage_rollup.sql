-- Daily usage of each room (a date in its centre's zone), settled once the day is over and recomputed from the raw
-- tables whenever something about a past day changes (bookings, check-ins, attendance, hours, closures). Dashboards
-- and reports read it instead of scanning a year of bookings. See occupancy.UsageRollup.
create table room_day_usage (
    room_id             bigint       not null references room (id),
    centre_id           bigint       not null references centre (id),
    on_day              date         not null,
    open_minutes        int          not null,
    booked_minutes      int          not null,
    attended_minutes    int          not null,
    held_bookings       int          not null,
    released_bookings   int          not null,
    unattended_bookings int          not null,
    cancelled_bookings  int          not null,
    open_by_hour        varchar(120) not null, -- 24 comma-separated minute counts, local hours 0-23
    booked_by_hour      varchar(120) not null,
    computed_at         timestamp with time zone not null,
    primary key (room_id, on_day)
);
create index room_day_usage_centre_day_idx on room_day_usage (centre_id, on_day);

-- The last day each centre's rooms are settled through (the rollup job settles day by day after midnight).
create table usage_settled (
    centre_id      bigint primary key references centre (id),
    settled_through date  not null
);

-- Room-days of settled days whose raw data changed (a late attendance tick, a status change, new hours or a closure);
-- the rollup job recomputes them from the raw tables.
create table usage_dirty (
    room_id bigint not null,
    on_day  date   not null,
    primary key (room_id, on_day)
);
