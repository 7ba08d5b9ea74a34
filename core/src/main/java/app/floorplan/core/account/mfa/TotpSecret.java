package app.floorplan.core.account.mfa;

/** The shared secret of an authenticator app (RFC 6238), Base32. Never printed: {@link #toString()} hides it. */
public record TotpSecret(String base32) {

    public TotpSecret {
        if (!base32.matches("[A-Z2-7]{16,128}=*")) {
            throw new IllegalArgumentException("a TOTP secret is Base32 text");
        }
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
