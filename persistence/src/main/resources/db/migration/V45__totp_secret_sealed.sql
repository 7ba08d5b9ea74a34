-- Authenticator (TOTP) secrets are stored sealed with AES-256-GCM under a key kept outside the database:
-- 'aesgcm1:<key id>:<Base64url nonce, ciphertext and tag>'. Rows written before hold the plain Base32 secret; the
-- application still reads them and seals them at its next start (TotpSecretResealing), so enrolled apps keep working.
alter table mfa_enrolment drop constraint mfa_enrolment_totp_secret_check;
alter table mfa_enrolment
    add constraint mfa_enrolment_totp_secret_format check (
        totp_secret ~ '^aesgcm1:[0-9a-f]{8}:[A-Za-z0-9_-]{40,}$'
        or totp_secret ~ '^[A-Z2-7]{16,128}=*$');
