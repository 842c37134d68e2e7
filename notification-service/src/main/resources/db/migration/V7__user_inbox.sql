-- 个人收件箱 — per-user read state of a department's items: each user of the department has its own unread/read.
create table inbox_item_user_state (
    item_id      uuid         not null references inbox_item (id) on delete cascade,
    user_subject varchar(200) not null,
    read_at      timestamptz  not null,
    primary key (item_id, user_subject)
);
