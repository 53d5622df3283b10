package dev.bulwark.server.auth;

import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;

/**
 * How personal data is masked for the {@code viewer} role: enough stays to tell values apart at a glance
 * ({@code em***@ex***.com}, {@code 203.0.***.***}), not enough to recover them.
 */
public final class Masking {
    private static final String STARS = "***";

    private Masking() {
    }

    /** The entity with its id masked when its type is personal data. */
    public static EntityRef entity(EntityRef ref) {
        return ref.type().personalData() ? new EntityRef(ref.type(), value(ref.type(), ref.id())) : ref;
    }

    /** A value of the given type, masked when the type is personal data. */
    public static String value(EntityType type, String value) {
        if (!type.personalData()) {
            return value;
        }
        return switch (type) {
            case EMAIL -> email(value);
            case IP -> ip(value);
            case PHONE -> keep(value, 3) + STARS + (value.length() > 7 ? value.substring(value.length() - 2) : "");
            default -> keep(value, Math.min(3, value.length() / 3)) + STARS;
        };
    }

    /** An email address with the local part and the domain name cut to two characters: {@code em***@ex***.com}. */
    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return keep(value, 2) + STARS;
        }
        String domain = value.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String tld = dot < 0 ? "" : domain.substring(dot);
        String name = dot < 0 ? domain : domain.substring(0, dot);
        return keep(value.substring(0, at), 2) + STARS + "@" + keep(name, 2) + STARS + tld;
    }

    /** An IP address with its host half hidden ({@code 203.0.***.***}, {@code 2001:db8:***}); a block keeps its prefix length. */
    static String ip(String value) {
        int slash = value.indexOf('/');
        if (slash >= 0) {
            return ip(value.substring(0, slash)) + value.substring(slash);
        }
        if (value.contains(":")) {
            String[] groups = value.split(":", -1);
            return groups.length < 3 ? STARS : groups[0] + ":" + groups[1] + ":" + STARS;
        }
        String[] octets = value.split("\\.", -1);
        return octets.length == 4 ? octets[0] + "." + octets[1] + "." + STARS + "." + STARS : keep(value, 2) + STARS;
    }

    private static String keep(String value, int chars) {
        return value.substring(0, Math.min(chars, Math.max(0, value.length() - 1)));
    }
}
