-- Login security: failed-login counting (kept in the database so every node and a restart see the same locks),
-- TOTP enrolments with hashed recovery codes, and the clinic's "MFA mandatory for staff" setting.

create table login_failure
(
    subject_kind      text        not null check (subject_kind in ('ACCOUNT', 'ADDRESS')),
    -- SHA-256 of the typed user name or the source address: a typed name may be a mistyped password
    subject_digest    text        not null check (subject_digest ~ '^[0-9a-f]{64}$'),
    failures          integer     not null check (failures > 0),
    window_started_at timestamptz not null,
    locked_until      timestamptz,
    primary key (subject_kind, subject_digest)
);

create table mfa_enrolment
(
    account_id     uuid primary key references account (id),
    -- the authenticator secret (Base32); never logged, never shown again after enrolment
    totp_secret    text        not null check (totp_secret ~ '^[A-Z2-7]{16,128}=*$'),
    -- newest RFC 6238 time step accepted: a code of this or an older step is a replay
    last_used_step bigint      not null default 0 check (last_used_step >= 0),
    enrolled_at    timestamptz not null
);

create table mfa_recovery_code
(
    account_id uuid not null references mfa_enrolment (account_id) on delete cascade,
    code_hash  text not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

alter table clinic
    add column mfa_required_for_staff boolean not null default false;
