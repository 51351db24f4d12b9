-- Attempts on the public (no-login) pages, counted per client and hour so that every app node sees the same
-- counts. client_key is a keyed hash of the client's address, never the address itself.
create table public_attempt (
    client_key   varchar(64) not null,
    action       varchar(32) not null,
    window_start timestamp with time zone not null,
    count        integer not null,
    primary key (client_key, action, window_start)
);

create index public_attempt_window on public_attempt (window_start);
