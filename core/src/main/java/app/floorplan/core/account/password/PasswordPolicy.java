package app.floorplan.core.account.password;

import app.floorplan.core.validation.InvalidInputException;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one password rule for every account (OWASP ASVS 5.0 V6.2): at least 12 characters (6.2.1), at least 64 allowed
 * (6.2.9; we allow 256), no composition rules (6.2.5), refused when common or guessable (6.2.4, NIST SP 800-63B
 * 3.1.1.2) as zxcvbn estimates it, and refused when it is built around the person's user name or name (6.2.11,
 * context-specific words). The length limit is generous because hashes are Argon2id, which has no 72-byte input limit
 * (unlike bcrypt; ADR 0004).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    /** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more; 0-2 fall to an online or cheap offline attack. */
    static final int MIN_SCORE = 3;

    /** Parts of a name shorter than this (e.g. "Li", "Jo") are too short to count as "the name inside the password". */
    private static final int MIN_PERSONAL_WORD = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * The refusals for a new password, as messages for the password field; empty when it is accepted.
     *
     * @param personalWords the user name and the person's name (any form; split into words here)
     */
    public List<String> refusals(CharSequence password, List<String> personalWords) {
        String typed = password.toString();
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH) {
            return List.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return List.of("Use at most " + MAX_LENGTH + " characters");
        }
        List<String> words = words(personalWords);
        Strength strength = zxcvbn.measure(typed, words);
        if (strength.getScore() < MIN_SCORE) {
            return List.of("This password is too easy to guess: " + advice(strength.getFeedback()));
        }
        Optional<String> rest = withoutPersonalWords(typed, words);
        // the name adds nothing an attacker would not try first, so what is left must be strong on its own
        if (rest.isPresent()
                && (rest.get().length() < MIN_LENGTH / 2
                        || zxcvbn.measure(rest.get(), words).getScore() < MIN_SCORE)) {
            return List.of("Do not build your password around your user name or your name: add words of your own");
        }
        return List.of();
    }

    /**
     * Refuses a password that does not meet the policy.
     *
     * @throws InvalidInputException with the refusal on {@code field}
     */
    public void require(String field, CharSequence password, List<String> personalWords) {
        List<String> refusals = refusals(password, personalWords);
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(field, refusals.getFirst());
        }
    }

    private static String advice(Feedback feedback) {
        String warning = feedback.getWarning(Locale.ENGLISH);
        List<String> parts = new ArrayList<>();
        if (warning != null && !warning.isBlank()) {
            parts.add(warning.strip());
        }
        parts.addAll(feedback.getSuggestions(Locale.ENGLISH));
        if (parts.isEmpty()) {
            parts.add("Add another word or two. Uncommon words are better.");
        }
        return String.join(" ", parts);
    }

    private static List<String> words(List<String> personalWords) {
        return personalWords.stream()
                .flatMap(w -> Stream.concat(Stream.of(fold(w)), Arrays.stream(fold(w).split("[^\\p{L}\\p{N}]+"))))
                .filter(w -> w.length() >= MIN_PERSONAL_WORD)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The password with every personal word taken out, or empty when it contains none. */
    private static Optional<String> withoutPersonalWords(String password, List<String> words) {
        String folded = fold(password);
        String rest = folded;
        for (String word : words) {
            rest = rest.replace(word, "");
        }
        return rest.equals(folded) ? Optional.empty() : Optional.of(rest);
    }

    /** Lower case without accents, so "Chloé" inside "chloe2024" is found. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
