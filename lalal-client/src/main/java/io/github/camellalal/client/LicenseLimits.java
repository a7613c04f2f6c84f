package io.github.camellalal.client;

/**
 * Processing minutes of a license.
 *
 * @param plan         the license's plan name, e.g. {@code Plus}
 * @param email        the account's e-mail address
 * @param limitMinutes minutes the plan allows
 * @param usedMinutes  minutes used
 * @param leftMinutes  minutes left
 */
public record LicenseLimits(String plan, String email, Double limitMinutes, Double usedMinutes,
        Double leftMinutes) {
}
