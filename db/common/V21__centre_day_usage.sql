-- The daily usage rollup summed over each centre's rooms: what centre, alliance and region questions read (a district's
-- year is 36,500 rows here instead of 365,000 room-days). Rewritten from room_day_usage whenever those rows are, in the
-- same transaction (see occupancy.UsageRollup); the weekday x hour heatmap still reads the room rows.
create table centre_day_usage (
    centre_id           bigint  not null references centre (id),
    on_day              date    not null,
    open_minutes        bigint  not null,
    booked_minutes      bigint  not null,
    attended_minutes    bigint  not null,
    held_bookings       int     not null,
    released_bookings   int     not null,
    unattended_bookings int     not null,
    cancelled_bookings  int     not null,
    primary key (centre_id, on_day)
);
