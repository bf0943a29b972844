package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A password a user chooses: long enough, of two kinds at least, without the user name, within bcrypt's 72 bytes. */
class PasswordRuleTest {

    @Test
    void refusesAShortPasswordSayingHowLongItMustBe() {
        assertThat(PasswordRule.problem("clerk", "abc12")).hasValueSatisfying(m -> assertThat(m).contains("至少 10 位").contains("5 位"));
    }

    @Test
    void refusesAPasswordOfOneKindOfCharacter() {
        assertThat(PasswordRule.problem("clerk", "aaaaaaaaaaaa")).hasValueSatisfying(m -> assertThat(m).contains("字母、数字、符号"));
        assertThat(PasswordRule.problem("clerk", "123456789012")).isPresent();
    }

    @Test
    void refusesAPasswordHoldingTheUserName() {
        assertThat(PasswordRule.problem("dept430", "Dept430-2026")).hasValueSatisfying(m -> assertThat(m).contains("用户名"));
    }

    @Test
    void refusesMoreThanBcryptReads() {
        assertThat(PasswordRule.problem("clerk", "预算公开".repeat(6) + "2026")).hasValueSatisfying(m -> assertThat(m).contains("过长"));
    }

    @Test
    void acceptsALongPasswordOfTwoKinds() {
        assertThat(PasswordRule.problem("clerk", "Gongkai-2026-new")).isEmpty();
        assertThat(PasswordRule.problem("clerk", "预算公开密码2026")).isEmpty();
    }
}
