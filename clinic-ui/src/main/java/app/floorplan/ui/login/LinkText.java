package app.floorplan.ui.login;

import app.floorplan.core.login.TokenPurpose;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the handout and the e-mail say, in plain words: which clinic, the link, the user name, how to choose a password
 * and until when the link works. No health data.
 */
record LinkText(String clinicName, String username, TokenPurpose purpose, ZoneId zone) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    String title() {
        return purpose == TokenPurpose.ACTIVATION ? "Your FloorPlan login" : "A new password for FloorPlan";
    }

    String expiry(Instant expiresAt) {
        return WHEN.format(expiresAt.atZone(zone));
    }

    List<String> lines(String link, Instant expiresAt) {
        List<String> lines = new ArrayList<>();
        String clinic = clinicName.isBlank() ? "Your clinic" : clinicName;
        lines.add(
                purpose == TokenPurpose.ACTIVATION
                        ? clinic + " has set up a FloorPlan login for you, where you see your home exercise plan."
                        : clinic + " sends you a link to choose a new FloorPlan password.");
        lines.add("1. Open this link on your phone or computer: " + link);
        lines.add("2. Your user name is: " + username);
        lines.add("3. Choose a password of at least 12 characters. A few unrelated words you can remember work well.");
        lines.add("The link works once, until " + expiry(expiresAt)
                + ". If it has expired, ask your physiotherapist for a new one.");
        lines.add("Keep this private: whoever has the link can choose your password until you have done so.");
        return lines;
    }
}
