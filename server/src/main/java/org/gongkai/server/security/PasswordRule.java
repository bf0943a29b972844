package org.gongkai.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password a user chooses must be: at least 10 characters, of at least two kinds (letters, digits, symbols),
 * not containing the user name, and at most 72 bytes (bcrypt reads no further, and Spring refuses longer ones).
 */
public final class PasswordRule {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** Why this password may not be chosen by this user, in Chinese; empty when it may. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("新密码至少 " + MIN_LENGTH + " 位（现为 " + (password == null ? 0 : password.length()) + " 位）");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("新密码过长：最多 " + MAX_BYTES + " 个英文字符（一个汉字按 3 个计）");
        }
        if (kinds(password) < 2) {
            return Optional.of("新密码须包含字母、数字、符号中的至少两类");
        }
        if (username != null && !username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("新密码不能包含用户名");
        }
        return Optional.empty();
    }

    private static int kinds(String password) {
        boolean letters = password.codePoints().anyMatch(Character::isLetter);
        boolean digits = password.codePoints().anyMatch(Character::isDigit);
        boolean symbols = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letters ? 1 : 0) + (digits ? 1 : 0) + (symbols ? 1 : 0);
    }
}
