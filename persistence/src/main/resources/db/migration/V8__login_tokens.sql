-- One-time login links (activation of a new login, password reset). Only the SHA-256 of the secret is stored, so a
-- copy of this table opens no account. A link is spent when used or replaced; it is never deleted, for the record.
create table login_token
(
    token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    account_id uuid        not null references account (id),
    purpose    text        not null check (purpose in ('ACTIVATION', 'RESET')),
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    spent_at   timestamptz,
    constraint login_token_expires_after_issue check (expires_at > issued_at)
);

create index login_token_account_idx on login_token (account_id, issued_at);

-- "I forgot my password" that no e-mail could answer: waits for the PT or admin to issue a link.
create table password_reset_request
(
    account_id   uuid primary key references account (id),
    requested_at timestamptz not null
);
