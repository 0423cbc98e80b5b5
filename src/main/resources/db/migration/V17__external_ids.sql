-- External ids (the record's id in another CRM) on every record type an import creates, unique per type, so that a
-- second import of the same export updates what the first made instead of doubling it. Accounts and units had theirs.
alter table contact add column external_id varchar(100);
alter table contact add constraint uq_contact_external_id unique (external_id);
alter table product add column external_id varchar(100);
alter table product add constraint uq_product_external_id unique (external_id);
alter table opportunity add column external_id varchar(100);
alter table opportunity add constraint uq_opportunity_external_id unique (external_id);
alter table sale add column external_id varchar(100);
alter table sale add constraint uq_sale_external_id unique (external_id);
-- The import that booked a sale line: undo removes a million lines by this tag instead of a million change rows.
alter table sale add column batch_id bigint;
create index ix_sale_batch on sale (batch_id);
alter table touchpoint add column external_id varchar(100);
alter table touchpoint add constraint uq_touchpoint_external_id unique (external_id);
