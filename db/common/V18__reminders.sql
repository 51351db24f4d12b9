-- Reminders (提醒): residents are written to in their own language (the page's language when they signed up
-- themselves; Chinese otherwise) and may turn off reminders from their ticket page (they still get the essential
-- messages: a session cancelled, a place from the waitlist). Each programme may set when its registrants are reminded,
-- in minutes before each session ('1440,120' = a day and two hours before); null means the defaults (24 h and 2 h).
alter table resident add column language varchar(8) default 'zh-CN' not null;
alter table resident add column reminders_opt_out boolean default false not null;
alter table programme add column reminder_offsets varchar(100);

-- The reminder scan looks for scheduled sessions by start time across all programmes.
create index programme_session_start_idx on programme_session (starts_at, status);
