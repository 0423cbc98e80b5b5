-- scoring: one row per month ("2026-12") whose monthly portfolio snapshot was taken. The job claims the month here
-- before it takes the snapshot (the primary key lets one claim win), so a month is taken once however many instances
-- try, and a month no instance was up for is caught up on the next tick.
create table scoring_snapshot_month (
    period     char(7)      not null primary key,
    taken_at   timestamp with time zone not null,
    taken_by   varchar(255) not null,
    accounts   integer
);
