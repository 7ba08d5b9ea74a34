-- Practice reminders (issue 16): the days and time a patient chose, the browsers her notifications go to, which
-- days' reminders were sent, and the application's VAPID key pair for Web Push. Settings, not clinical data: changed
-- in place with a version against lost updates.

create table practice_reminder
(
    patient_id uuid primary key references patient (id),
    enabled    boolean     not null,
    -- ISO days of the week as bits: Monday = 1, Tuesday = 2, ... Sunday = 64; at least one day
    days       smallint    not null check (days between 1 and 127),
    -- in the clinic's time zone (floorplan.clinic.zone), on the whole minute
    remind_at  time        not null check (remind_at = date_trunc('minute', remind_at)),
    by_push    boolean     not null,
    by_email   boolean     not null,
    version    integer     not null check (version >= 1),
    changed_at timestamptz not null,
    constraint practice_reminder_channel check (by_push or by_email)
);

create index practice_reminder_due_idx on practice_reminder (remind_at) where enabled;

-- A browser's Web Push subscription; the endpoint is the push service's address for that browser, unique worldwide
create table push_device
(
    endpoint   text primary key check (length(endpoint) <= 2000 and endpoint ~ '^https?://[^\s]+$'),
    patient_id uuid        not null references patient (id),
    p256dh     text        not null check (p256dh ~ '^[A-Za-z0-9_-]{8,200}={0,2}$'),
    auth       text        not null check (auth ~ '^[A-Za-z0-9_-]{8,200}={0,2}$'),
    added_at   timestamptz not null
);

create index push_device_patient_idx on push_device (patient_id);

-- One row per patient and day whose reminder was claimed for sending: a reminder goes out at most once a day,
-- also with two servers or after a restart
create table reminder_sent
(
    patient_id uuid        not null references patient (id),
    sent_on    date        not null,
    claimed_at timestamptz not null,
    primary key (patient_id, sent_on)
);

-- The VAPID key pair (RFC 8292) that identifies FloorPlan to the browsers' push services, made at first start unless
-- configured; base64url, public key as an uncompressed P-256 point, private key as its 32-byte scalar
create table web_push_key
(
    id          smallint primary key check (id = 1),
    public_key  text        not null check (public_key ~ '^[A-Za-z0-9_-]{87}$'),
    private_key text        not null check (private_key ~ '^[A-Za-z0-9_-]{43}$'),
    created_at  timestamptz not null
);
