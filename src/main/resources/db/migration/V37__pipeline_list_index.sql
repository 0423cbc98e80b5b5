-- pipeline: its two lists (the soonest OPEN opportunities, the longest overdue) are ordered by close date, then id.
-- With the id in the index both databases read them in that order and stop at the page's end; on (stage, close_date)
-- H2 read and sorted every OPEN opportunity of the period for a page of 50 (17,861 of the benchmark's 50,000).
drop index ix_opportunity_stage_close;
create index ix_opportunity_stage_close_id on opportunity (stage, close_date, id);
