package app.floorplan.core.identity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a login account. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
