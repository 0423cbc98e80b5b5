-- web: one counter that every write able to change a computed figure (matrix, penetration …) increments in its own
-- transaction. Caches key on it, so an answer is never stale, on any instance.
create table data_revision (
    id         smallint     not null primary key,
    revision   bigint       not null,
    version    bigint       not null default 0,
    created_at timestamp with time zone not null,
    created_by varchar(320) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(320) not null
);
insert into data_revision (id, revision, version, created_at, created_by, updated_at, updated_by)
values (1, 0, 0, current_timestamp, 'system', current_timestamp, 'system');
