-- web: a revision per account beside the database-wide one (data_revision). A write that changes one account's
-- figures moves only that account's counter, so the cached figures of every other account stay valid; a write that
-- changes everyone's (the product catalogue, settings) still moves data_revision. A missing row means revision 0.
create table account_revision (
    account_id bigint not null primary key,
    revision   bigint not null
);
