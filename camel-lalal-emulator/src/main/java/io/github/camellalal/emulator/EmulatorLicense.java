package io.github.camellalal.emulator;

import java.util.Objects;

/**
 * A license the emulator accepts. Immutable; the minutes it has used are kept by the emulator.
 *
 * @param key          the license key
 * @param plan         what results a split gives
 * @param option       the plan name get-limits reports
 * @param email        the account's e-mail
 * @param limitMinutes processing minutes the plan allows
 */
public record EmulatorLicense(String key, PlanType plan, String option, String email, double limitMinutes) {

    /** What a license's splits deliver. */
    public enum PlanType {
        /** Full-length results in {@code split}. */
        PAID,
        /** Full-length results in {@code player}. */
        STARTER,
        /** A preview (the first 30 seconds) only. */
        FREE
    }

    /** Checks the values. */
    public EmulatorLicense {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plan, "plan");
        if (key.isBlank()) {
            throw new IllegalArgumentException("license key must not be blank");
        }
    }

    /** A paid license (plan "Plus", 300 minutes). */
    public static EmulatorLicense paid(String key) {
        return new EmulatorLicense(key, PlanType.PAID, "Plus", "user@example.com", 300);
    }

    /** A starter license (plan "Starter", 90 minutes). */
    public static EmulatorLicense starter(String key) {
        return new EmulatorLicense(key, PlanType.STARTER, "Starter", "user@example.com", 90);
    }

    /** A free license (plan "Free", 10 minutes, previews only). */
    public static EmulatorLicense free(String key) {
        return new EmulatorLicense(key, PlanType.FREE, "Free", "user@example.com", 10);
    }

    /** The same license with another minute limit. */
    public EmulatorLicense withMinutes(double minutes) {
        return new EmulatorLicense(key, plan, option, email, minutes);
    }

    @Override
    public String toString() {
        return "EmulatorLicense[key=" + mask(key) + ", plan=" + plan + ", option=" + option + ", limitMinutes="
                + limitMinutes + "]";
    }

    /** A key shown as its first four characters and stars. */
    static String mask(String key) {
        if (key == null) {
            return "(none)";
        }
        return (key.length() <= 4 ? "" : key.substring(0, 4)) + "****";
    }
}
