-- a round setting: every reviewer sees the comments of all reviewers and the answers to them, not
-- only their own. Off unless the facilitator turns it on.
alter table round add column comments_visible_to_all boolean not null default false;
