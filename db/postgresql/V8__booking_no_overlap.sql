-- The last word against double booking: no two bookings of one room that hold it may overlap, buffers included.
-- btree_gist lets the gist index compare room_id with =. Needs a role that may create the extension (or an admin
-- who created it beforehand).
create extension if not exists btree_gist;

alter table booking add constraint booking_no_overlap
    exclude using gist (room_id with =, tstzrange(blocked_from, blocked_until, '[)') with &&)
    where (status in ('REQUESTED', 'CONFIRMED'));
