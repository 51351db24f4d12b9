-- The Ed25519 key ring that signs QR tickets. One key is ACTIVE (signs new tickets); VERIFY_ONLY keys still verify
-- the tickets they signed; RETIRED keys keep only their public half for the record and verify nothing.
-- Key ids are small numbers as text ("1", "2", ...): the next id is the highest plus one, so two nodes (or two admins)
-- creating a key at the same moment collide on the primary key and one of them re-reads instead.

create table ticket_key (
    id          varchar(16) primary key,
    -- X.509 SubjectPublicKeyInfo
    public_key  bytea       not null,
    -- PKCS#8; dropped when the key is retired
    private_key bytea,
    state       varchar(16) not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone,
    version     bigint      not null default 0,
    constraint ticket_key_state check (state in ('ACTIVE', 'VERIFY_ONLY', 'RETIRED')),
    constraint ticket_key_private_until_retired check ((state = 'RETIRED' and private_key is null and retired_at is not null)
        or (state <> 'RETIRED' and private_key is not null and retired_at is null))
);
