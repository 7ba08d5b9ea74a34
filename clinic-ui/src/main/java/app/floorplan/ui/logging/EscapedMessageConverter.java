package app.floorplan.ui.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with line breaks and other control characters written as visible escapes, so a value typed by a
 * person can never start a forged log line or hide one (OWASP ASVS 5.0 16.4.1, CWE-117). Registered in place of
 * Logback's {@code %m}/{@code %msg}/{@code %message}, so every pattern, also one set in {@code logging.pattern.*}, gets it.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** CR and LF as {@code \r} and {@code \n}; other C0/C1 controls and Unicode line/paragraph separators as {@code \\uXXXX}. */
    public static String escape(String message) {
        StringBuilder escaped = new StringBuilder(message.length());
        for (int index = 0; index < message.length(); index++) {
            char character = message.charAt(index);
            switch (character) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append(character);
                default -> {
                    if (Character.isISOControl(character) || character == '\u2028' || character == '\u2029') {
                        escaped.append("\\u%04x".formatted((int) character));
                    } else {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
