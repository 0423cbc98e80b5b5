-- identity: persistent remember-me tokens (Spring Security's JdbcTokenRepositoryImpl), one row per signed-in device.
-- Deleted at logout, on a password or email change and on deactivation; a stolen cookie dies with its row.
create table persistent_logins (
    username  varchar(320) not null,
    series    varchar(64)  primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
create index ix_persistent_logins_username on persistent_logins (username);
