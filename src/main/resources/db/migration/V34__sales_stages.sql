-- sales: the installation's sales stages (name, probability, order) and each opportunity's owner, sales stage and
-- probability (null: the stage's). A WON or LOST opportunity keeps its status and has no sales stage.
create table sales_stage (
    name        varchar(40) primary key,
    probability integer     not null,
    position    integer     not null,
    constraint ck_sales_stage_probability check (probability between 0 and 100)
);
insert into sales_stage (name, probability, position) values ('QUALIFY', 10, 0);
insert into sales_stage (name, probability, position) values ('DEVELOP', 30, 1);
insert into sales_stage (name, probability, position) values ('PROPOSE', 60, 2);
insert into sales_stage (name, probability, position) values ('NEGOTIATE', 80, 3);

alter table opportunity add column owner_id bigint;
alter table opportunity add column sales_stage varchar(40);
alter table opportunity add column probability integer;
alter table opportunity add constraint fk_opportunity_owner foreign key (owner_id) references app_user (id);
alter table opportunity add constraint fk_opportunity_sales_stage foreign key (sales_stage) references sales_stage (name);
alter table opportunity add constraint ck_opportunity_probability
    check (probability is null or probability between 0 and 100);

-- existing OPEN opportunities take the first stage; the account's owner is the best guess of who sells
update opportunity set sales_stage = 'QUALIFY' where stage = 'OPEN';
update opportunity set owner_id = (select a.owner_id from account a where a.id = opportunity.account_id);

create index ix_opportunity_stage_close on opportunity (stage, close_date);
create index ix_opportunity_owner on opportunity (owner_id);
