-- Start-up work that must happen once (the first administrator, the demo data) runs while holding a row lock on this
-- table's one row (select ... for update): two instances starting together on an empty database take turns, and the
-- second finds the work done. A row lock works the same on PostgreSQL and H2.
create table startup_lock (
    name varchar(32) not null primary key
);
insert into startup_lock (name) values ('startup');
