-- The daily people rollup: who came, per centre and local day, so that centre, alliance and region questions over a
-- year (the district work report) read tens of thousands of rows instead of millions of registrations, check-ins and
-- attendances. Kept by occupancy.PeopleRollup like the usage rollup: days are settled once over (all of a centre's
-- history at its first settlement, so "new residents" stay right), and changes to settled days are marked in
-- people_dirty in the changing transaction and recomputed by the same code. Definitions: occupancy.AttendanceStatistics.

-- Sessions held, registrations (REGISTERED, for a session) and attendances per programme; a session counts on the
-- local date it starts, with its registrations and attendances. Whole-programme registrations are read raw.
create table people_day (
    centre_id     bigint not null references centre (id),
    on_day        date   not null,
    programme_id  bigint not null,
    sessions      int    not null,
    registrations int    not null,
    attendances   int    not null,
    primary key (centre_id, on_day, programme_id)
);

-- The same by target group: sessions by the programme's groups, registrations and attendances by the resident's
-- groups (one line per group, 'NONE' without one), anonymous walk-ins for a session by the group they declared.
create table people_day_group (
    centre_id     bigint      not null references centre (id),
    on_day        date        not null,
    target_group  varchar(32) not null,
    sessions      int         not null,
    registrations int         not null,
    attendances   int         not null,
    primary key (centre_id, on_day, target_group)
);

-- Check-ins without a session (walk-ins to the centre), by scan date.
create table people_day_walk_in (
    centre_id bigint not null references centre (id),
    on_day    date   not null,
    walk_ins  int    not null,
    primary key (centre_id, on_day)
);

-- The days a known resident came to a centre (merged duplicates as the resident they became): distinct, new and
-- returning residents without reading every check-in.
create table people_day_resident (
    centre_id   bigint not null references centre (id),
    on_day      date   not null,
    resident_id bigint not null,
    primary key (centre_id, on_day, resident_id)
);
-- whether a resident came before a period (new or returning) and a merge's days: probes by resident
create index people_day_resident_resident_idx on people_day_resident (resident_id, centre_id, on_day);

create table people_settled (
    centre_id       bigint not null primary key references centre (id),
    settled_through date   not null
);

create table people_dirty (
    centre_id bigint not null references centre (id),
    on_day    date   not null,
    primary key (centre_id, on_day)
);
