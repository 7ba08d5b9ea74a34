package app.floorplan.core.account;

import app.floorplan.core.validation.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: 3-64 characters of letters, digits, dot, dash, underscore or @; stored lower-case. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3,64}");

    public Username {
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException(
                    "username", "Use 3 to 64 letters, digits, dots, dashes, underscores or @ (no spaces)");
        }
    }

    /** Normalises what a person typed (trimmed, lower-case) before checking it. */
    public static Username of(String typed) {
        return new Username(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
