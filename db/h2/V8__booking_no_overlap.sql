-- H2 has no exclusion constraints: BookingWriter locks the room row (select ... for update) before it checks for
-- overlaps and inserts, so writers of one room queue up. This index keeps that check cheap.
create index booking_room_status_idx on booking (room_id, status, blocked_from);
